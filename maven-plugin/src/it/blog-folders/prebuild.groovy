import java.nio.file.Path
import org.columnpress.core.TestBooks

// Pictures as the blogs keep them: a PNG under the Jekyll site's assets/. The Hugo folder is core's
// look-alike (bundles with a WebP beside the post, shortcodes, a draft, _index.md pages, a series).
TestBooks.folder(new File(basedir, 'src/jekyll').toPath()).image('assets/posts/gracht.png', 'png')
TestBooks.hugoBlog(new File(basedir, 'src/hugo').toPath())
true
