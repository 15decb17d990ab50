String log = new File(basedir, 'build.log').text

// The core's message: file, line, what is wrong, what to do.
assert log =~ /book\.yaml:3: .*titel/
assert log =~ /brug\.md(:\d+)?: .*nacht\.png/
assert (log =~ /BUILD FAILURE/).count == 2

// No stack trace without -e, and Maven's own help lines for a MojoFailureException.
assert !(log =~ /\tat org\.columnpress\./)
assert !(log =~ /\tat java\./)

// Nothing half-made is left behind.
File target = new File(basedir, 'target')
assert !target.exists() || !target.listFiles().any { it.name.endsWith('.pdf') || it.name.endsWith('.epub') || it.name.startsWith('.columnpress-') }
