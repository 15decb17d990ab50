import org.columnpress.maven.it.Books

File target = new File(basedir, 'target')
File screen = new File(target, 'print-and-screen-1.0.pdf')
File print = new File(target, 'print-and-screen-1.0-print.pdf')
String log = new File(basedir, 'build.log').text

assert screen.isFile() && print.isFile() && new File(target, 'print-and-screen-1.0.epub').isFile()
assert !new File(target, 'print-and-screen-1.0-print.epub').exists()
assert Books.pdfText(print).contains('De brug')
assert print.bytes != screen.bytes

// Both PDFs attached, side by side: no artifact replaces another.
File installed = new File(localRepositoryPath, 'org/columnpress/it/print-and-screen/1.0')
assert new File(installed, 'print-and-screen-1.0.pdf').bytes == screen.bytes
assert new File(installed, 'print-and-screen-1.0-print.pdf').bytes == print.bytes
assert new File(installed, 'print-and-screen-1.0.epub').isFile()
assert !(log =~ /(?i)replac/)
