import java.nio.file.Path
import org.columnpress.maven.it.Books
import org.columnpress.render.epub.EpubChecker

File target = new File(basedir, 'target')
String log = new File(basedir, 'build.log').text
def text = { File pdf -> Books.pdfText(pdf).replaceAll(/\s+/, ' ') }

// Jekyll: the keys, the Liquid, the dates in the file names and the site-absolute image all understood.
File jekyll = new File(target, 'jekyll-blog.pdf')
assert jekyll.isFile() && new File(target, 'jekyll-blog.epub').isFile()
String j = text(jekyll)
assert j.contains('Nieuwjaar aan de gracht') && j.contains('Over voornemens die het water niet halen')
assert j.contains('De fiets van de buurman') && j.contains('Een slot, een sleutel en een misverstand')
assert j.contains('januari 2019') && j.contains('maart 2019') : 'dates from the file name and the front matter'
assert j.contains('{{ page.title }}') : 'raw Liquid keeps its text'
assert j.contains('https://<your-server>/fiets/<naam>') : 'look-alike tags stay text'
assert j.contains('slot.open(sleutel);')
assert !j.contains('{%') && !j.contains('share-buttons')
assert log.contains('include') : 'the removed include is warned about'

// Hugo: bundles with their WebP, a series of bundles, shortcodes, the draft and the list pages left out; a clean EPUB.
File hugoPdf = new File(target, 'hugo-blog.pdf')
File hugoEpub = new File(target, 'hugo-blog.epub')
assert hugoPdf.isFile() && hugoEpub.isFile()
String h = text(hugoPdf)
assert h.contains('First frost') && h.contains('Gloves come out of the drawer') && h.contains('A late swim')
assert h.contains('Wear gloves before you touch the railing.')
assert h.contains('The first frost on the kitchen window')
assert !h.contains('Summer plans') && !h.contains('All the posts, newest first')
assert h.contains('Ice diary: the first week') && h.contains('Skates on the ice') : 'the series one folder deeper'
assert !h.contains('A winter, week by week') : 'the series page (_index.md) left out'
assert !h.contains('{{')
assert log.contains('summer-plans') : 'the draft is named in the log'
String opf = Books.epubPackageDocument(hugoEpub)
assert opf.contains('image/webp') : 'the EPUB keeps the WebP'
String e = Books.epubAllText(hugoEpub)
assert e.contains('First frost') && e.contains('YouTube')
assert EpubChecker.problems(hugoEpub.toPath()).isEmpty() : EpubChecker.problems(hugoEpub.toPath())
