// The shared columns, and sixteen more, so the book has the pages KDP binds at least (24).
org.columnpress.maven.it.SharedBook.copyColumns(new File(sharedBook), basedir)
org.columnpress.maven.it.SharedBook.writeMoreColumns(basedir, 16)
