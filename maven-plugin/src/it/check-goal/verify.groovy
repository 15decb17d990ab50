String log = new File(basedir, 'build.log').text

// 1: both broken columns, each on its own line under one summary, sorted by file (brug.md is fine).
assert log.contains('2 columns have errors:')
def problems = log.readLines().findAll { it =~ /^\[ERROR\]\s+src\/bad\/columns\// }
assert problems.size() == 2 : problems
assert problems[0] =~ /winter\.md:1: .*no title/
assert problems[1] =~ /zomer\.md:3: .*unknown key 'kleur'/
assert log.count('zomer.md:3:') == 1 : 'each problem once'
assert (log =~ /BUILD FAILURE/).count == 1
assert !(log =~ /\tat org\.columnpress\./)

// 2: the good book passes; four links of a kind are one line, the one HTML block is told in full.
assert log =~ /Columnpress: checked 2 columns in \d+ ms: no errors/
assert (log =~ /BUILD SUCCESS/).count == 1
assert log =~ /\[WARNING\] 4 links to the author's own site \(\/…\) printed as text: src\/book\/columns\/links\.md:3, src\/book\/columns\/links\.md:3, src\/book\/columns\/links\.md:4, … \(-Dcolumnpress\.verbose lists all\)/
assert log =~ /\[WARNING\]   the first: src\/book\/columns\/links\.md:3: the link to '\/posts\/1'/
assert log =~ /\[WARNING\] src\/book\/columns\/html\.md:5: an HTML block is dropped/

// A check writes nothing: no book files, no staging folder, no build record, no column cache.
File target = new File(basedir, 'target')
assert !target.exists() || target.listFiles().length == 0 : target.list()
