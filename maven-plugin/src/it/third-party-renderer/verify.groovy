File txt = new File(basedir, 'target/third-party-renderer-1.0.txt')
assert txt.isFile()
// The renderer got its own setting (and not the pdf one, since pdf was not chosen: it would refuse it).
// Columns come in reading order: dated ones first, so the undated seed column is last.
assert txt.text.readLines() == ['Goedendag', 'Kolommen voor de test', '- De brug', '- Niet zo commercieel correct graag']
assert !new File(basedir, 'target/third-party-renderer-1.0.pdf').exists()
assert new File(basedir, 'build.log').text =~ /Columnpress txt: target.third-party-renderer-1\.0\.txt \(\d+ B\)/
// Attached under its own extension, like the PDF and EPUB.
assert new File(localRepositoryPath, 'org/columnpress/it/third-party-renderer/1.0/third-party-renderer-1.0.txt').text == txt.text
