import org.columnpress.maven.it.Books

File target = new File(basedir, 'target')
File pdf = new File(target, 'default-usage-1.0.pdf')
File epub = new File(target, 'default-usage-1.0.epub')
String log = new File(basedir, 'build.log').text

assert pdf.isFile() && epub.isFile()
assert Books.pdfText(pdf).contains('Niet zo commercieel correct graag')
assert Books.pdfText(pdf).contains('De brug')
assert Books.pdfTitle(pdf) == 'Kolommen uit de POM'
assert Books.epubIsZipWithMimetypeFirst(epub)

// Metadata the POM supplied where book.yaml was silent.
String opf = Books.epubPackageDocument(epub)
assert opf.contains('Kolommen uit de POM')
assert opf.contains('Ans de Vries')
assert opf.contains('Uitgeverij Kade')
assert opf.contains('Een bundel columns, om te testen.')

// One line per format: path, pages (PDF), size, time.
assert log =~ /Columnpress pdf: target.default-usage-1\.0\.pdf \(\d+ pages, [\d.]+ kB\) in [\d.]+ s/
assert log =~ /Columnpress epub: target.default-usage-1\.0\.epub \([\d.]+ kB\) in [\d.]+ s/

// Attached, so install put them in the repository next to the jar.
File installed = new File(localRepositoryPath, 'org/columnpress/it/default-usage/1.0')
assert new File(installed, 'default-usage-1.0.pdf').bytes == pdf.bytes
assert new File(installed, 'default-usage-1.0.epub').bytes == epub.bytes
assert new File(installed, 'default-usage-1.0.jar').isFile()
