System.properties.remove('columnpress.it.busyPort')?.close()
String log = new File(basedir, 'build.log').text

// The message names the port and how to choose another; no stack trace.
assert log.contains('on project serve-port-in-use: Port 18081 is in use (another serve, or another server): stop it, or choose another port with -Dcolumnpress.port=18082. -> [Help 1]')
assert log =~ /BUILD FAILURE/
assert !(log =~ /\tat org\.columnpress\./)
assert !(log =~ /\tat java\./)

// It failed before building anything, and wrote nothing into the book folder.
File target = new File(basedir, 'target')
assert !target.exists() || !target.listFiles().any { it.name.endsWith('.pdf') || it.name.startsWith('.columnpress-') }
assert new File(basedir, 'src/book').list().sort() == ['book.yaml', 'columns']
