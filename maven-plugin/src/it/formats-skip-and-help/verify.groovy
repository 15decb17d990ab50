import org.columnpress.maven.it.Books

File target = new File(basedir, 'target')
String log = new File(basedir, 'build.log').text

// formats = epub: no PDF at all, and the extra CSS is appended to the default one.
File epub = new File(target, 'formats-skip-and-help-1.0.epub')
assert epub.isFile()
assert !target.listFiles().any { it.name.endsWith('.pdf') }
assert Books.epubAllText(epub).contains('it-marker-extra')
assert !(log =~ /Columnpress pdf:/)

// -Dcolumnpress.skip: said so, wrote nothing.
assert log.contains('Columnpress: skipped (columnpress.skip)')
assert !target.listFiles().any { it.name.startsWith('skipped') }

// columnpress:help -Ddetail explains every parameter with its user property.
['sourceDirectory', 'outputDirectory', 'finalName', 'classifier', 'formats', 'columnPdfs', 'stylesheet',
 'stylesheetParameters', 'css', 'extraCss', 'fonts', 'embedFonts', 'pdfa', 'pdfua', 'trimSize', 'bleed',
 'cropMarks', 'debug', 'settings', 'skip', 'force'].each { assert log.contains(it) : it }
assert log.contains('User property: columnpress.trimSize')
assert log.contains('User property: columnpress.classifier')
assert log.contains('Bleed around the trimmed page')
