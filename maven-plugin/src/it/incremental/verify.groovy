import org.columnpress.maven.it.Books

String log = new File(basedir, 'build.log').text
def built = (log =~ /Columnpress epub: target.incremental-1\.0\.epub/).count
def skipped = (log =~ /Columnpress: book unchanged \(checked in \d+ ms\), skipping \(use -Dcolumnpress.force to rebuild\)/).count

// Build 1, 3 (edited column), 4 (forced) and 5 (changed setting) render; build 2 skips.
assert built == 4 : "rendered ${built} times"
assert skipped == 1 : "skipped ${skipped} times"
// The order matters: the skip is the second build's.
int firstBuild = log.indexOf('Columnpress epub:')
int skip = log.indexOf('book unchanged')
assert firstBuild < skip && log.indexOf('Columnpress epub:', firstBuild + 1) > skip

File epub = new File(basedir, 'target/incremental-1.0.epub')
assert Books.epubAllText(epub).contains('Een zin die er later bij kwam.')
assert new File(basedir, 'target/columnpress').listFiles().any { it.name.endsWith('.build') }
