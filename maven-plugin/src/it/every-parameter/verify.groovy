import org.columnpress.maven.it.Books

File target = new File(basedir, 'target')
File pdf = new File(target, 'kolommen.pdf')
File epub = new File(target, 'kolommen.epub')
assert pdf.isFile() && epub.isFile()

// trimSize 6x9in = 432 x 648 pt; bleed 3mm (8.5 pt) on every side shows in the bleed box.
def trim = Books.pdfBox(pdf, 'trim')
assert Math.abs(trim[0] - 432) < 1 && Math.abs(trim[1] - 648) < 1
def bleed = Books.pdfBox(pdf, 'bleed')
assert Math.abs(bleed[0] - (432 + 2 * 8.5)) < 1 && Math.abs(bleed[1] - (648 + 2 * 8.5)) < 1
// Crop marks need room outside the bleed: the media box is larger still.
def media = Books.pdfBox(pdf, 'media')
assert media[0] > bleed[0] && media[1] > bleed[1]

// The font given in <fonts>, chosen by a stylesheet parameter, is the body font.
assert Books.pdfFonts(pdf).any { it.contains('CourierPrime') }

// debug keeps the FO: the user stylesheet's colour and the parameter's size are in it.
File fo = new File(target, 'kolommen.fo')
assert fo.isFile()
assert fo.text.contains('#1f3a5f')
assert fo.text.contains('10.5pt')

// columnPdfs: one PDF per column under target/columns/.
def columns = new File(target, 'columns').listFiles().findAll { it.name.endsWith('.pdf') }
assert columns.size() == 2
assert columns.every { Books.pdfPages(it) >= 1 }

// The EPUB carries the replacement CSS and the embedded house fonts.
String everything = Books.epubAllText(epub)
assert everything.contains('it-marker-css')
assert everything.contains('@font-face')

String log = new File(basedir, 'build.log').text
assert log =~ /Columnpress pdf: 2 column files in target.columns/
