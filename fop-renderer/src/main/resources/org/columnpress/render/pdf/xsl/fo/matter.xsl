<?xml version="1.0" encoding="UTF-8"?>
<!--
  Front and back matter (b:front/b:matter, b:back/b:matter), each typeset as the book trade does, in the
  order the book lists it:
    half-title   the book's title alone, before the title page (page i), its verso blank;
    dedication, epigraph (style alone)
                 alone on a recto, centred high, no heading, running head or folio, its verso blank;
    foreword, preface, introduction, acknowledgements, afterword, about-the-author, colophon
    (style chapter)
                 like a column: heading, the author, running heads and folios, starting on a recto
                 (about-the-author with its photo under the heading; a colophon Columnpress writes
                 itself, generated="true", is made from the book's metadata: colophon-lines);
    also-by (style list)
                 a heading and the titles, one a line.
  The front matter is numbered in lower-case roman numerals (format="i"), and every page sequence of it
  ends on a verso, so that the body, numbered in arabic from 1, opens on a recto.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <!-- Distance from the top of the text area to a dedication or an epigraph (set high on its page). -->
  <xsl:param name="matter.alone.sink" select="'40mm'"/>
  <!-- Distance from the top of the text area to the title on the half-title page. -->
  <xsl:param name="half.title.sink" select="'40mm'"/>
  <!-- How the front matter's pages are numbered: a format as fo:page-sequence/@format takes it ('i' for
       i, ii, iii; '1' to number them like the body). The body is numbered in arabic from 1 either way. -->
  <xsl:param name="front.page.format" select="'i'"/>
  <!-- Width of the author's photo on the about-the-author page. -->
  <xsl:param name="matter.photo.width" select="'40mm'"/>

  <!-- The book's title on the half-title page. -->
  <xsl:attribute-set name="half.title">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">15pt</xsl:attribute>
    <xsl:attribute name="line-height">1.3</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.04em</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>
  <!-- A dedication's text. -->
  <xsl:attribute-set name="dedication">
    <xsl:attribute name="font-size">11pt</xsl:attribute>
    <xsl:attribute name="line-height">16pt</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>
  <!-- An epigraph's quotation: a narrower measure, centred on the page. -->
  <xsl:attribute-set name="epigraph">
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="start-indent">12mm</xsl:attribute>
    <xsl:attribute name="end-indent">12mm</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>
  <!-- The epigraph's attribution ("— Multatuli"), under the quotation. -->
  <xsl:attribute-set name="epigraph.attribution">
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.03em</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">6pt</xsl:attribute>
    <xsl:attribute name="keep-with-previous.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- A paragraph of a dedication or epigraph (no first-line indent, a little space between). -->
  <xsl:attribute-set name="matter.alone.paragraph">
    <xsl:attribute name="space-after">0.4em</xsl:attribute>
  </xsl:attribute-set>
  <!-- The author under the heading of a foreword and the like. -->
  <xsl:attribute-set name="matter.byline">
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.03em</xsl:attribute>
    <xsl:attribute name="space-before">8pt</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The author's photo on the about-the-author page. -->
  <xsl:attribute-set name="matter.photo">
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="space-after">6mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- One title in an also-by list. -->
  <xsl:attribute-set name="also.by.entry">
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="space-after">3pt</xsl:attribute>
  </xsl:attribute-set>
  <!-- The text of a colophon. -->
  <xsl:attribute-set name="colophon">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="line-height">12pt</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <!-- The half-title: the book's title alone, high on page i; its verso blank. -->
  <xsl:template match="b:matter[@kind = 'half-title']" priority="2">
    <fo:page-sequence master-reference="title" id="seq-{@id}" initial-page-number="1" format="{$front.page.format}"
        force-page-count="end-on-even">
      <xsl:call-template name="language-attributes"/>
      <xsl:call-template name="crop-marks-only"/>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <fo:block id="{@id}" space-before="{$half.title.sink}" space-before.conditionality="retain"
            xsl:use-attribute-sets="half.title"><xsl:value-of select="/b:book/b:meta/b:title"/></fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- API: a dedication or an epigraph (style alone): alone on a recto, centred high, no running head or
       folio (master title); its verso blank. The content comes from mode matter.alone. -->
  <xsl:template match="b:matter[@style = 'alone']">
    <fo:page-sequence master-reference="title" id="seq-{@id}" initial-page-number="auto-odd"
        force-page-count="end-on-even">
      <xsl:call-template name="front-page-format"/>
      <xsl:call-template name="language-attributes"/>
      <xsl:call-template name="crop-marks-only"/>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <fo:block id="{@id}" space-before="{$matter.alone.sink}" space-before.conditionality="retain">
          <xsl:apply-templates select="." mode="matter.alone"/>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template match="b:matter[@kind = 'dedication']" mode="matter.alone">
    <fo:block xsl:use-attribute-sets="dedication">
      <xsl:apply-templates select="b:body/*" mode="matter.alone"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="b:matter" mode="matter.alone">
    <fo:block xsl:use-attribute-sets="epigraph">
      <xsl:apply-templates select="b:body/*" mode="matter.alone"/>
      <xsl:if test="b:authors">
        <fo:block xsl:use-attribute-sets="epigraph.attribution">— <xsl:value-of select="b:authors"/></fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- A paragraph of a dedication or epigraph: no indent, centred as its block; other blocks as anywhere. -->
  <xsl:template match="b:p" mode="matter.alone">
    <fo:block xsl:use-attribute-sets="matter.alone.paragraph"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="*" mode="matter.alone">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- API: a foreword, preface, introduction, acknowledgements, afterword, about-the-author, also-by or
       colophon: a page sequence on master chapter like a column's, its heading (b:title) as the right-hand
       running head. In the front matter it starts on a recto, is numbered in roman and ends on a verso; at
       the back, about-the-author and the pieces before it start on a recto, also-by and the colophon on the
       next page. -->
  <xsl:template match="b:matter">
    <xsl:variable name="front" select="boolean(parent::b:front)"/>
    <fo:page-sequence master-reference="chapter" id="seq-{@id}">
      <xsl:attribute name="initial-page-number">
        <xsl:choose>
          <xsl:when test="not($front) and (@kind = 'also-by' or @kind = 'colophon')">auto</xsl:when>
          <xsl:otherwise>auto-odd</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:if test="$front">
        <xsl:attribute name="force-page-count">end-on-even</xsl:attribute>
        <xsl:call-template name="front-page-format"/>
      </xsl:if>
      <xsl:call-template name="language-attributes"/>
      <xsl:call-template name="static-content">
        <xsl:with-param name="recto-head" select="b:title"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <fo:block id="{@id}" text-align="{$text.align}" hyphenate="{$hyphenate}">
          <fo:block xsl:use-attribute-sets="column.opener" space-before="{$column.sink}" space-before.conditionality="retain">
            <fo:block xsl:use-attribute-sets="column.title" role="H1"><xsl:value-of select="b:title"/></fo:block>
            <xsl:if test="b:authors and @kind != 'about-the-author' and @kind != 'also-by'">
              <fo:block xsl:use-attribute-sets="matter.byline"><xsl:value-of select="b:authors"/></fo:block>
            </xsl:if>
          </fo:block>
          <xsl:apply-templates select="b:photo"/>
          <xsl:apply-templates select="." mode="matter.body"/>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- The text of a piece of matter: its body as a column's, an also-by list one title a line, and a
       colophon Columnpress writes itself from colophon-lines. -->
  <xsl:template match="b:matter" mode="matter.body">
    <xsl:apply-templates select="b:body/*"/>
  </xsl:template>
  <xsl:template match="b:matter[@kind = 'also-by']" mode="matter.body">
    <xsl:apply-templates select="b:body/*" mode="also-by"/>
  </xsl:template>
  <xsl:template match="b:matter[@kind = 'colophon'][@generated = 'true']" mode="matter.body">
    <fo:block xsl:use-attribute-sets="colophon">
      <xsl:call-template name="colophon-lines"/>
    </fo:block>
  </xsl:template>

  <!-- An also-by list: each item (or paragraph) is a title. -->
  <xsl:template match="b:list" mode="also-by">
    <xsl:apply-templates select="b:item" mode="also-by"/>
  </xsl:template>
  <xsl:template match="b:item | b:p" mode="also-by">
    <fo:block xsl:use-attribute-sets="also.by.entry"><xsl:apply-templates select="b:p/node() | self::b:p/node()"/></fo:block>
  </xsl:template>
  <xsl:template match="*" mode="also-by">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- The photo on an about-the-author page, scaled to matter.photo.width. -->
  <xsl:template match="b:matter/b:photo">
    <fo:block xsl:use-attribute-sets="matter.photo">
      <fo:external-graphic src="url('{@src}')" content-width="{$matter.photo.width}" width="{$matter.photo.width}"
          content-height="scale-to-fit" scaling="uniform" fox:alt-text="{@alt}"/>
    </fo:block>
  </xsl:template>

  <!--
    API: the lines of a colophon Columnpress writes: the book's title, authors, edition and date, ISBN,
    publisher, the typefaces ("Set in Literata and Source Sans", from body.font.family and
    heading.font.family: the first face of each, the emoji and symbol fallbacks left out) and "Made with
    Columnpress", in the book's language. The context is the colophon (b:matter).
  -->
  <xsl:template name="colophon-lines">
    <xsl:variable name="meta" select="/b:book/b:meta"/>
    <fo:block font-style="italic"><xsl:value-of select="$meta/b:title"/></fo:block>
    <xsl:if test="$meta/b:subtitle"><fo:block><xsl:value-of select="$meta/b:subtitle"/></fo:block></xsl:if>
    <xsl:if test="$meta/b:author"><fo:block><xsl:value-of select="$meta/b:authors"/></fo:block></xsl:if>
    <xsl:if test="$meta/b:edition or $meta/b:date">
      <fo:block space-before="1em">
        <xsl:if test="$meta/b:edition">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'edition'"/></xsl:call-template>
          <xsl:text>: </xsl:text><xsl:value-of select="$meta/b:edition"/>
          <xsl:if test="$meta/b:date">, </xsl:if>
        </xsl:if>
        <xsl:value-of select="$meta/b:date"/>
      </fo:block>
    </xsl:if>
    <xsl:if test="$meta/b:identifier/@isbn">
      <fo:block>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'isbn'"/></xsl:call-template>
        <xsl:text> </xsl:text><xsl:value-of select="$meta/b:identifier/@isbn"/>
      </fo:block>
    </xsl:if>
    <xsl:if test="$meta/b:publisher">
      <fo:block>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'published-by'"/></xsl:call-template>
        <xsl:text> </xsl:text><xsl:value-of select="$meta/b:publisher"/>
      </fo:block>
    </xsl:if>
    <xsl:variable name="body.face">
      <xsl:call-template name="first-face"><xsl:with-param name="families" select="$body.font.family"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="heading.face">
      <xsl:call-template name="first-face"><xsl:with-param name="families" select="$heading.font.family"/></xsl:call-template>
    </xsl:variable>
    <fo:block space-before="1em">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'set-in'"/></xsl:call-template>
      <xsl:text> </xsl:text><xsl:value-of select="$body.face"/>
      <xsl:if test="$heading.face != $body.face">
        <xsl:text> </xsl:text>
        <xsl:call-template name="label"><xsl:with-param name="key" select="'and'"/></xsl:call-template>
        <xsl:text> </xsl:text><xsl:value-of select="$heading.face"/>
      </xsl:if>
      <xsl:text>.</xsl:text>
    </fo:block>
    <fo:block>
      <xsl:call-template name="label"><xsl:with-param name="key" select="'made-with'"/></xsl:call-template>
      <xsl:text> Columnpress.</xsl:text>
    </fo:block>
  </xsl:template>

  <!-- The first family of a font-family list, without its quotes: "Literata" of "Literata, 'Noto Emoji'". -->
  <xsl:template name="first-face">
    <xsl:param name="families"/>
    <xsl:variable name="quotes">'&quot;</xsl:variable>
    <xsl:value-of select="normalize-space(translate(substring-before(concat($families, ','), ','), $quotes, ''))"/>
  </xsl:template>

  <!-- format="{front.page.format}" on a page sequence of the front matter. -->
  <xsl:template name="front-page-format">
    <xsl:attribute name="format"><xsl:value-of select="$front.page.format"/></xsl:attribute>
  </xsl:template>
</xsl:stylesheet>
