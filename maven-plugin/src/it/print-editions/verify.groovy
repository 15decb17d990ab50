import org.columnpress.maven.it.Books

File target = new File(basedir, 'target')
String log = new File(basedir, 'build.log').text

// 1: KDP, 6x9in, cream: the interior, the cover and the report, beside the screen edition.
File print = new File(target, 'print-editions-1.0-print.pdf')
File cover = new File(target, 'print-editions-1.0-cover.pdf')
File report = new File(target, 'print-editions-1.0-preflight.txt')
assert new File(target, 'print-editions-1.0.pdf').isFile() && new File(target, 'print-editions-1.0.epub').isFile()
assert print.isFile() && cover.isFile() && report.isFile()
int pages = Books.pdfPages(print)
assert pages >= 24 && pages % 2 == 0
// KDP's bleed: 0.125 in on top, bottom and the outside edge only; the trim is 6 x 9 in.
List<Float> media = Books.pdfBox(print, 'media')
List<Float> trim = Books.pdfBox(print, 'trim')
assert Math.abs(media[0] - 441.0f) < 0.1f && Math.abs(media[1] - 666.0f) < 0.1f
assert Math.abs(trim[0] - 432.0f) < 0.1f && Math.abs(trim[1] - 648.0f) < 0.1f
// The cover: 2 x 6 in + spine (pages x 0.0025 in on cream) + 2 x 0.125 in bleed, 9.25 in high.
List<Float> coverBox = Books.pdfBox(cover, 'media')
double width = (12 + pages * 0.0025 + 0.25) * 72
assert Math.abs(coverBox[0] - width) < 0.72 && Math.abs(coverBox[1] - 666.0f) < 0.72
assert report.text.contains('Amazon KDP') && !(report.text =~ /(?m)\bFAIL\b/)
assert log =~ /Preflight .*passed/

// Attached with their classifiers, beside the book.
File installed = new File(localRepositoryPath, 'org/columnpress/it/print-editions/1.0')
assert new File(installed, 'print-editions-1.0-print.pdf').bytes == print.bytes
assert new File(installed, 'print-editions-1.0-cover.pdf').bytes == cover.bytes
assert new File(installed, 'print-editions-1.0-preflight.txt').isFile()

// 2: the offset edition of the same book, from the command line: PDF/X-4, 3 mm bleed on every side.
File offset = new File(target, 'print-editions-offset-print.pdf')
assert offset.isFile() && new File(target, 'print-editions-offset-cover.pdf').isFile()
assert Books.pdfOutputIntent(offset) == 'GTS_PDFX'
List<Float> offsetBleed = Books.pdfBox(offset, 'bleed')
List<Float> offsetTrim = Books.pdfBox(offset, 'trim')
assert Math.abs((offsetBleed[0] - offsetTrim[0]) - 2 * 3 / 25.4 * 72) < 0.1f
assert Math.abs((offsetBleed[1] - offsetTrim[1]) - 2 * 3 / 25.4 * 72) < 0.1f
assert new File(target, 'print-editions-offset-preflight.txt').text.contains('offset')
// FOP's note that its PDF/X-4 support is work in progress is kept out of the log
assert !log.contains('work-in-progress') : 'FOP\'s PDF/X-4 note reached the build log'

// 3: too short for KDP: the build fails with the check named and what to do; nothing half-written.
assert log =~ /(?si)BUILD FAILURE.*page count.*24/
assert !new File(target, 'short-print.pdf').exists() && !new File(target, 'short.pdf').exists()
assert !(log =~ /\tat org\.columnpress\./)
