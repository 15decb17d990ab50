<?xml version="1.0" encoding="UTF-8"?>
<!--
  Columnpress default stylesheet: book XML (https://columnpress.org/ns/book/1) to XSL-FO for Apache FOP.

  Stable URI: https://columnpress.org/xsl/fo/columnpress.xsl, served from the Columnpress jar (never
  fetched). To customise, write your own XSLT 1.0 stylesheet that does
      <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
  and overrides any xsl:param, attribute set or template below; name it in setting pdf.stylesheet.
  Simple changes need no stylesheet at all: set pdf.param.<name> (for example pdf.param.body.font.size).

  The parts, one file per concern:
    pages.xsl     page geometry, page masters, running heads, folios, crop marks
    metadata.xsl  document metadata (XMP) and bookmarks
    front.xsl     title page and copyright page
    toc.xsl       table of contents
    column.xsl    a column: opener, body, bio, copyright line
    blocks.xsl    paragraphs, headings, quotes, lists, tables, images, code
    inline.xsl    emphasis, code, links, footnotes
    sources.xsl   the sources page at the back ("First published in …")
    index.xsl     the index of names and subjects, after the sources page
    lengths.xsl   length-in-mm: a length parameter in millimetres, for arithmetic
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <xsl:include href="pages.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="front.xsl"/>
  <xsl:include href="toc.xsl"/>
  <xsl:include href="column.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="inline.xsl"/>
  <xsl:include href="sources.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="lengths.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- Typography. -->
  <!-- Font family of the text: a list, so that the emoji face (Noto Emoji) and the symbols face
       (Noto Sans Symbols 2: check marks, stars, dingbats) print what the text face lacks, on its
       baseline; register other fonts with setting pdf.fonts (the build log names each face's family
       and weight) and keep 'Noto Emoji', 'Noto Sans Symbols 2' at the end of the list. -->
  <xsl:param name="body.font.family" select="&quot;Literata, 'Noto Emoji', 'Noto Sans Symbols 2'&quot;"/>
  <!-- Font size of the text. -->
  <xsl:param name="body.font.size" select="'10pt'"/>
  <!-- Distance between baselines of the text (leading). -->
  <xsl:param name="body.line.height" select="'14pt'"/>
  <!-- Font family of headings, titles and running heads. -->
  <xsl:param name="heading.font.family" select="$body.font.family"/>
  <!-- Font family of code: a list, the emoji and symbols faces last, as in body.font.family. -->
  <xsl:param name="mono.font.family" select="&quot;Source Code Pro, 'Noto Emoji', 'Noto Sans Symbols 2'&quot;"/>
  <!-- Text alignment of the body: justify or start (ragged right). -->
  <xsl:param name="text.align" select="'justify'"/>
  <!-- Hyphenate the text in its column's language: true or false. -->
  <xsl:param name="hyphenate" select="'true'"/>
  <!-- Indent of the first line of a paragraph that follows another paragraph. -->
  <xsl:param name="paragraph.indent" select="'1.2em'"/>
  <!-- The black of text and rules: #000000, which FOP writes as DeviceGray black (0 g), or cmyk(0,0,0,1),
       DeviceCMYK black on the K plate alone (0 0 0 1 k), as a print shop may ask. Never an RGB black, which a
       printer separates into four inks. -->
  <xsl:param name="ink.black" select="'#000000'"/>
  <!-- Colour of the text, the running heads and folios included. -->
  <xsl:param name="text.color" select="$ink.black"/>

  <!-- Which parts the book has: true or false each. -->
  <!-- The title page (and the copyright page behind it). -->
  <xsl:param name="show.title.page" select="'true'"/>
  <!-- The copyright page, on the back of the title page. -->
  <xsl:param name="show.copyright.page" select="'true'"/>
  <!-- The table of contents. -->
  <xsl:param name="show.toc" select="'true'"/>
  <!-- Running heads (book title on left-hand pages, column title on right-hand pages). -->
  <xsl:param name="show.running.heads" select="'true'"/>
  <!-- The sources page at the back (printed only when some column has a source). -->
  <xsl:param name="show.sources" select="'true'"/>
  <!-- Links as links, true, or as plain text, false (no link annotations, as a printer may require):
       the web links in the text and the entries of the contents. -->
  <xsl:param name="links.clickable" select="'true'"/>
  <!-- The PDF outline (bookmarks): true or false (a printer may want none). -->
  <xsl:param name="show.bookmarks" select="'true'"/>
  <!-- Where a column starts: recto (a right-hand page, as in print) or any (the next page). -->
  <xsl:param name="column.start" select="'recto'"/>

  <!-- Keys for labels (fixed words) and footnotes. -->
  <xsl:key name="label" match="b:book/b:labels/b:label" use="@key"/>
  <xsl:key name="footnote" match="b:footnote" use="concat(ancestor::b:column/@id, '#', @n)"/>

  <!-- The text attributes every flow starts from. -->
  <xsl:attribute-set name="body.text">
    <xsl:attribute name="font-family"><xsl:value-of select="$body.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size"><xsl:value-of select="$body.font.size"/></xsl:attribute>
    <xsl:attribute name="line-height"><xsl:value-of select="$body.line.height"/></xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$text.color"/></xsl:attribute>
    <xsl:attribute name="widows">2</xsl:attribute>
    <xsl:attribute name="orphans">2</xsl:attribute>
  </xsl:attribute-set>

  <!--
    Which part of the book to make. 'all' (the default): the whole FO document, as one transformation.
    Columnpress itself streams a book PDF part by part, so that the book is never in memory whole:
      'front'  on a skeleton of the book (every column's metadata, no bodies): fo:root, page masters,
               declarations, bookmarks, title and copyright pages, user.front.pages and the contents;
      'column' on a book XML holding one column: that column's fo:page-sequence;
      'back'   on the skeleton again: the sources page and the index.
    Only the page sequences of 'column' and 'back' are used. A stylesheet of yours that overrides the
    root template (match="/b:book", below) should honour this parameter; if it does not mention $part,
    Columnpress renders the book in one transformation ('all') instead.
  -->
  <xsl:param name="part" select="'all'"/>

  <xsl:template match="/b:book">
    <fo:root xml:lang="{@xml:lang}" font-family="{$body.font.family}" color="{$text.color}">
      <xsl:choose>
        <xsl:when test="@kind = 'column'">
          <xsl:call-template name="layout-master-set"/>
          <xsl:call-template name="declarations"/>
          <xsl:apply-templates select="b:column" mode="single"/>
        </xsl:when>
        <xsl:when test="$part = 'column'">
          <xsl:apply-templates select="b:column"/>
        </xsl:when>
        <xsl:when test="$part = 'back'">
          <xsl:call-template name="back-matter"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="layout-master-set"/>
          <xsl:call-template name="declarations"/>
          <xsl:call-template name="bookmarks"/>
          <xsl:if test="$show.title.page = 'true'">
            <xsl:call-template name="front-matter"/>
          </xsl:if>
          <xsl:call-template name="user.front.pages"/>
          <xsl:if test="$show.toc = 'true'">
            <xsl:call-template name="toc"/>
          </xsl:if>
          <xsl:if test="$part = 'all'">
            <xsl:apply-templates select="b:column"/>
            <xsl:call-template name="back-matter"/>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </fo:root>
  </xsl:template>

  <!-- What follows the columns: the sources page, when asked for and some column has a source, the
       index (index.xsl), then user.back.pages. -->
  <xsl:template name="back-matter">
    <xsl:if test="$show.sources = 'true' and b:column/b:source">
      <xsl:call-template name="sources"/>
    </xsl:if>
    <xsl:call-template name="index.pages"/>
    <xsl:call-template name="user.back.pages"/>
  </xsl:template>

  <!--
    API: pages of your own between the title/copyright pages and the contents, such as a dedication or
    a foreword. Empty by default; override it in your stylesheet with one or more fo:page-sequence
    elements. The context node is the book (b:book, with its b:meta; the columns' bodies are not there).
    Masters: 'title' gives pages without running heads or folios; 'chapter' gives running heads and
    folios when you call the template static-content (with-param recto-head: the right-hand head).
    To list a page in the PDF's bookmarks, give it an id and add an fo:bookmark in user.front.bookmarks.
  -->
  <xsl:template name="user.front.pages"/>

  <!--
    API: pages of your own at the back of the book, after the columns and the sources page, such as a
    colophon or an index of names. Empty by default; the same rules as user.front.pages apply (the
    context is b:book; masters 'title' and 'chapter'); initial-page-number="auto-even" puts a
    one-page colophon on the last, left-hand page. Bookmarks: user.back.bookmarks.
  -->
  <xsl:template name="user.back.pages"/>

  <!--
    A fixed word, such as 'contents' or 'by' (keys: see Label in core). Inside a column it is in the
    column's language: a column in another language than the book carries its own b:labels. Pass
    of=/b:book for the book's word where the context is a column (as the sources page does).
  -->
  <xsl:template name="label">
    <xsl:param name="key"/>
    <xsl:param name="of" select="."/>
    <xsl:variable name="own" select="$of/ancestor-or-self::b:column[1]/b:labels/b:label[@key = $key]"/>
    <xsl:choose>
      <xsl:when test="$own"><xsl:value-of select="$own"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="key('label', $key)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The language attributes FOP hyphenates by, from an xml:lang value such as nl or en-GB. -->
  <xsl:template name="language-attributes">
    <xsl:param name="lang" select="ancestor-or-self::*[@xml:lang][1]/@xml:lang"/>
    <xsl:attribute name="xml:lang"><xsl:value-of select="$lang"/></xsl:attribute>
    <xsl:attribute name="language">
      <xsl:value-of select="translate(substring-before(concat($lang, '-'), '-'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    </xsl:attribute>
    <xsl:if test="contains($lang, '-')">
      <xsl:attribute name="country">
        <xsl:value-of select="substring-before(concat(substring-after($lang, '-'), '-'), '-')"/>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
