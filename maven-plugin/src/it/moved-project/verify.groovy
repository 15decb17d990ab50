import org.columnpress.maven.it.Books

File copy = new File(basedir, '../moved-project-copy')
String log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects/).drop(1)
def rendered = { String build -> (build =~ /Columnpress pdf: target.moved-project-1\.0\.pdf/).find() }
def skipped = { String build -> build.contains('Columnpress: book unchanged') }

// 1 renders the original; 2, the untouched copy, skips; 3, the copy with a column edited, renders.
assert builds.size() == 3 : "${builds.size()} builds"
assert rendered(builds[0]) && !skipped(builds[0])
assert skipped(builds[1]) && !rendered(builds[1]) : 'the copy did not find its book unchanged'
assert rendered(builds[2]) && !skipped(builds[2])
// and the column PDF cache moved with it: only the edited column is rendered again.
assert builds[2].contains('PDF: reused 1 of 2') : 'the copy did not find its cached column PDFs'

// The copy found the original's build record under the same name, and wrote no second one.
def records = { File project -> new File(project, 'target/columnpress').list().findAll { it.endsWith('.build') } }
assert records(copy) == records(basedir) && records(copy).size() == 1

def text = { File pdf -> Books.pdfText(pdf).replaceAll(/\s+/, ' ') }
assert text(new File(copy, 'target/moved-project-1.0.pdf')).contains('later bij kwam')
assert !text(new File(basedir, 'target/moved-project-1.0.pdf')).contains('later bij kwam')
