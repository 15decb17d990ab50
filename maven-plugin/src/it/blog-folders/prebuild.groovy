import java.nio.file.Path
import org.columnpress.core.TestBooks

// Pictures as the blogs keep them: a PNG under the Jekyll site's assets/, a WebP beside a Hugo post.
TestBooks.folder(new File(basedir, 'src/jekyll').toPath()).image('assets/posts/gracht.png', 'png')
TestBooks.folder(new File(basedir, 'src/hugo').toPath()).webp('columns/first-frost/frost.webp', 'lossy')
true
