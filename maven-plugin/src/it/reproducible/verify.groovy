import java.security.MessageDigest

def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
['pdf', 'epub'].each { ext ->
    File first = new File(basedir, "target/first/reproducible-1.0.${ext}")
    File second = new File(basedir, "target/second/reproducible-1.0.${ext}")
    assert first.isFile() && second.isFile()
    assert sha(first) == sha(second) : "${ext} differs between two builds"
}
true
