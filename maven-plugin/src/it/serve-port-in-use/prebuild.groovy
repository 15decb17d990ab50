// The book's two columns are the ones every IT shares: see ../shared-book/README.md.
org.columnpress.maven.it.SharedBook.copyColumns(new File(sharedBook), basedir)
// Another server on the port serve is asked for, open until verify.groovy closes it (kept in the invoker's
// system properties so that nothing collects it meanwhile).
System.properties.put('columnpress.it.busyPort',
        new ServerSocket(18081, 50, InetAddress.getLoopbackAddress()))
