// The book's two columns are the ones every IT shares: see ../shared-book/README.md.
org.columnpress.maven.it.SharedBook.copyColumns(new File(sharedBook), basedir)
