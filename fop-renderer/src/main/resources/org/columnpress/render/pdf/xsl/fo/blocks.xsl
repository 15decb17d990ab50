<?xml version="1.0" encoding="UTF-8"?>
<!--
  Block markup of a column's body, footnotes and bio: paragraphs (book style: no space between them, the
  first line indented unless the paragraph opens a section), headings, block quotes, lists, tables,
  images scaled to the text width, code blocks and section breaks.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <!-- What a section break (a thematic break) prints. -->
  <xsl:param name="section.break.text" select="'*   *   *'"/>
  <!-- Greatest height of an image, its caption not counted, such as 120mm. Empty: the height of the
       page's text area (page.height less margin.top, margin.bottom, header.height and footer.height; in a
       column's own PDF the column.page.* lengths), less image.caption.room when the image has a caption.
       Every image is scaled down to fit this height and the text width, keeping its aspect ratio; none is
       enlarged. -->
  <xsl:param name="image.max.height" select="''"/>
  <!-- Room kept below an image for its caption when image.max.height is empty: about three caption lines. -->
  <xsl:param name="image.caption.room" select="'14mm'"/>
  <!-- Drop cap: how many lines the first letter of each column's first paragraph spans, such as 3; 0 for
       none. The letter stays part of the first word for text extraction and screen readers. A paragraph
       that opens with markup (emphasis, a link) gets none. -->
  <xsl:param name="drop.cap" select="'0'"/>
  <!-- Font family of the drop cap (a family registered with setting pdf.fonts, or a house font). -->
  <xsl:param name="drop.cap.font.family" select="$heading.font.family"/>
  <!-- Colour of the drop cap. -->
  <xsl:param name="drop.cap.color" select="$text.color"/>
  <!-- Font size of the drop cap; empty: computed, so that a capital's height spans drop.cap lines
       (from body.font.size and body.line.height, for a face whose capitals are 0.7 em high). -->
  <xsl:param name="drop.cap.font.size" select="''"/>

  <!-- A paragraph. -->
  <xsl:attribute-set name="paragraph">
    <xsl:attribute name="space-before">0pt</xsl:attribute>
  </xsl:attribute-set>
  <!-- The first paragraph of each column (after the paragraph set), such as a lead in small caps or a
       larger size. -->
  <xsl:attribute-set name="first.paragraph">
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
  </xsl:attribute-set>
  <!-- The drop cap's letter, when drop.cap is above 0; size and line height come from drop.cap. No gap
       after it but the letter's own side bearing: text extraction reads a gap wider than a point or two
       as a space ("E r"). -->
  <xsl:attribute-set name="drop.cap.letter">
    <xsl:attribute name="font-family"><xsl:value-of select="$drop.cap.font.family"/></xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$drop.cap.color"/></xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="padding-end">0pt</xsl:attribute>
  </xsl:attribute-set>
  <!-- Every heading inside a column; the sizes per rank follow. -->
  <xsl:attribute-set name="heading">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="space-before">1.2em</xsl:attribute>
    <xsl:attribute name="space-after">0.4em</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The highest rank of heading in a column, whatever its level in the source (ranks count per column). -->
  <xsl:attribute-set name="heading.1" use-attribute-sets="heading">
    <xsl:attribute name="font-size">13pt</xsl:attribute>
  </xsl:attribute-set>
  <!-- The second rank of heading in a column. -->
  <xsl:attribute-set name="heading.2" use-attribute-sets="heading">
    <xsl:attribute name="font-size">11.5pt</xsl:attribute>
  </xsl:attribute-set>
  <!-- The third rank of heading and below: the text size, in italics. -->
  <xsl:attribute-set name="heading.other" use-attribute-sets="heading">
    <xsl:attribute name="font-size"><xsl:value-of select="$body.font.size"/></xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>
  <!-- A block quote. -->
  <xsl:attribute-set name="blockquote">
    <xsl:attribute name="start-indent">inherited-property-value(start-indent) + 1.5em</xsl:attribute>
    <xsl:attribute name="end-indent">inherited-property-value(end-indent) + 1.5em</xsl:attribute>
    <xsl:attribute name="font-size">0.92em</xsl:attribute>
    <xsl:attribute name="space-before">0.6em</xsl:attribute>
    <xsl:attribute name="space-after">0.6em</xsl:attribute>
  </xsl:attribute-set>
  <!-- A list, and the gap between its label and its text. -->
  <xsl:attribute-set name="list">
    <xsl:attribute name="provisional-distance-between-starts">1.4em</xsl:attribute>
    <xsl:attribute name="provisional-label-separation">0.4em</xsl:attribute>
    <xsl:attribute name="space-before">0.5em</xsl:attribute>
    <xsl:attribute name="space-after">0.5em</xsl:attribute>
  </xsl:attribute-set>
  <!-- A table. -->
  <xsl:attribute-set name="table">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="font-size">0.9em</xsl:attribute>
    <xsl:attribute name="line-height">1.3</xsl:attribute>
    <xsl:attribute name="space-before">0.8em</xsl:attribute>
    <xsl:attribute name="space-after">0.8em</xsl:attribute>
    <xsl:attribute name="border-top">0.6pt solid <xsl:value-of select="$ink.black"/></xsl:attribute>
    <xsl:attribute name="border-bottom">0.6pt solid <xsl:value-of select="$ink.black"/></xsl:attribute>
  </xsl:attribute-set>
  <!-- A table cell. -->
  <xsl:attribute-set name="table.cell">
    <xsl:attribute name="padding">2pt 4pt</xsl:attribute>
  </xsl:attribute-set>
  <!-- An image: centred, scaled down to the text width and the page height (image.max.height). -->
  <xsl:attribute-set name="image">
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">0.8em</xsl:attribute>
    <xsl:attribute name="space-after">0.8em</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The caption under an image (its title). -->
  <xsl:attribute-set name="image.caption">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">3pt</xsl:attribute>
  </xsl:attribute-set>
  <!-- A code block. -->
  <xsl:attribute-set name="code.block">
    <xsl:attribute name="font-family"><xsl:value-of select="$mono.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">0.82em</xsl:attribute>
    <xsl:attribute name="line-height">1.35</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="white-space-treatment">preserve</xsl:attribute>
    <xsl:attribute name="white-space-collapse">false</xsl:attribute>
    <xsl:attribute name="linefeed-treatment">preserve</xsl:attribute>
    <xsl:attribute name="wrap-option">wrap</xsl:attribute>
    <xsl:attribute name="background-color">#f2f2f2</xsl:attribute>
    <xsl:attribute name="padding">4pt</xsl:attribute>
    <xsl:attribute name="space-before">0.8em</xsl:attribute>
    <xsl:attribute name="space-after">0.8em</xsl:attribute>
  </xsl:attribute-set>
  <!-- A section break. -->
  <xsl:attribute-set name="section.break">
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">0.7em</xsl:attribute>
    <xsl:attribute name="space-after">0.7em</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- A paragraph's or heading's anchor (core's BlockAnchors; the EPUB gives the block the same id): the
       block's id, so that Columnpress learns from FOP's layout on which page it starts. A template of yours
       for b:p or b:h should apply templates to @anchor inside its outer fo:block. -->
  <xsl:template match="b:p/@anchor | b:h/@anchor">
    <xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>

  <xsl:template match="b:p">
    <xsl:choose>
      <!-- The column's first paragraph: the first of its first body. -->
      <xsl:when test="not(preceding-sibling::b:p) and parent::b:body[not(preceding-sibling::b:body)]/parent::b:column">
        <fo:block xsl:use-attribute-sets="paragraph first.paragraph">
          <xsl:apply-templates select="@anchor"/>
          <xsl:call-template name="drop-cap-paragraph"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="paragraph">
          <xsl:apply-templates select="@anchor"/>
          <xsl:if test="preceding-sibling::*[1][self::b:p]">
            <xsl:attribute name="text-indent"><xsl:value-of select="$paragraph.indent"/></xsl:attribute>
          </xsl:if>
          <xsl:apply-templates/>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The content of a column's first paragraph (the context), with a drop cap when drop.cap is above 0
       and the paragraph (or its first part) opens with text. The letter floats at the start, in a block
       with role Span: the structure tree keeps it inside the paragraph, before the rest of its word, so
       text extraction and screen readers read "Er", not "E r". An opening quotation mark goes with it. -->
  <xsl:template name="drop-cap-paragraph">
    <xsl:variable name="holder" select="self::*[not(b:part)] | b:part[1]"/>
    <!-- The index's anchors before the first word (b:ix) print nothing: the letter is the word's. -->
    <xsl:variable name="first" select="$holder/node()[not(self::b:ix)][1][self::text()]"/>
    <xsl:variable name="text" select="normalize-space($first)"/>
    <xsl:variable name="quoted" select="contains('&quot;“‘„‚«‹', substring($text, 1, 1))"/>
    <xsl:variable name="letter" select="substring($text, 1, 1 + number($quoted))"/>
    <xsl:choose>
      <xsl:when test="number($drop.cap) &gt; 0 and string-length($text) &gt; number($quoted)">
        <xsl:variable name="size">
          <xsl:call-template name="drop-cap-size"/>
        </xsl:variable>
        <xsl:variable name="lines.pt">
          <xsl:call-template name="body-line-height-pt"/>
        </xsl:variable>
        <xsl:variable name="rest" select="substring-after($first, $letter)"/>
        <xsl:choose>
          <xsl:when test="$holder[self::b:part]">
            <fo:block role="Span">
              <xsl:if test="../b:part[2] and $text.align = 'justify'">
                <xsl:attribute name="text-align-last">justify</xsl:attribute>
              </xsl:if>
              <xsl:apply-templates select="$first/preceding-sibling::b:ix"/>
              <xsl:call-template name="drop-cap">
                <xsl:with-param name="letter" select="$letter"/><xsl:with-param name="size" select="$size"/>
                <xsl:with-param name="height" select="$lines.pt * number($drop.cap)"/>
              </xsl:call-template>
              <xsl:value-of select="$rest"/>
              <xsl:apply-templates select="$first/following-sibling::node()"/>
            </fo:block>
            <xsl:apply-templates select="b:part[position() &gt; 1]"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="$first/preceding-sibling::b:ix"/>
            <xsl:call-template name="drop-cap">
              <xsl:with-param name="letter" select="$letter"/><xsl:with-param name="size" select="$size"/>
              <xsl:with-param name="height" select="$lines.pt * number($drop.cap)"/>
            </xsl:call-template>
            <xsl:value-of select="$rest"/>
            <xsl:apply-templates select="$first/following-sibling::node()"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The floating letter: as tall as drop.cap lines, so that exactly that many lines run beside it, its
       baseline on the last of them. FOP centres a line's font in its line height, which puts the letter's
       baseline half of (lines - 1) line heights, less half the difference of the letter's and the text's
       size times 0.55 em (ascent less descent as FOP sets Literata), above that; padding above the line,
       taken from its height, moves it down (by half the padding). -->
  <xsl:template name="drop-cap">
    <xsl:param name="letter"/>
    <xsl:param name="size"/>
    <xsl:param name="height"/>
    <xsl:variable name="size.pt">
      <xsl:call-template name="length-in-pt">
        <xsl:with-param name="length" select="$size"/><xsl:with-param name="param" select="'drop.cap.font.size'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="body.pt">
      <xsl:call-template name="length-in-pt">
        <xsl:with-param name="length" select="$body.font.size"/><xsl:with-param name="param" select="'body.font.size'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="line.pt" select="$height div number($drop.cap)"/>
    <xsl:variable name="drop" select="(number($drop.cap) - 1) * $line.pt div 2 - ($size.pt - $body.pt) * 0.55 div 2"/>
    <xsl:variable name="shift" select="2 * $drop * ($drop &gt; 0)"/>
    <fo:float float="start">
      <fo:block xsl:use-attribute-sets="drop.cap.letter" role="Span" font-size="{$size}" text-indent="0pt"
          padding-before="{format-number($shift, '0.###')}pt" line-height="{format-number($height - $shift, '0.###')}pt">
        <xsl:value-of select="$letter"/>
      </fo:block>
    </fo:float>
  </xsl:template>

  <!-- The drop cap's font size: drop.cap.font.size, or (drop.cap - 1) line heights plus one capital's
       height, divided by the capital height of 0.7 em. -->
  <xsl:template name="drop-cap-size">
    <xsl:choose>
      <xsl:when test="normalize-space($drop.cap.font.size) != ''"><xsl:value-of select="$drop.cap.font.size"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="body.pt">
          <xsl:call-template name="length-in-pt">
            <xsl:with-param name="length" select="$body.font.size"/><xsl:with-param name="param" select="'body.font.size'"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="line.pt">
          <xsl:call-template name="body-line-height-pt"/>
        </xsl:variable>
        <xsl:value-of select="format-number(((number($drop.cap) - 1) * $line.pt + 0.7 * $body.pt) div 0.7, '0.##')"/>
        <xsl:text>pt</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- body.line.height in points; a plain number (1.4) is a multiple of body.font.size. -->
  <xsl:template name="body-line-height-pt">
    <xsl:variable name="body.pt">
      <xsl:call-template name="length-in-pt">
        <xsl:with-param name="length" select="$body.font.size"/><xsl:with-param name="param" select="'body.font.size'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string(number($body.line.height)) != 'NaN'"><xsl:value-of select="$body.line.height * $body.pt"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="length-in-pt">
          <xsl:with-param name="length" select="$body.line.height"/><xsl:with-param name="param" select="'body.line.height'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The parts of a very long paragraph (the writer cuts one over 10,000 characters so that FOP can lay
       it out): consecutive blocks that read as one paragraph. Only the first keeps the indent the
       paragraph's block passes down; no space between them. When the text is justified, each part but
       the last justifies its last line too: the line breaker then fills it, and the joint is not seen
       as a paragraph end. The structure tree keeps one paragraph (role Span for the parts). -->
  <xsl:template match="b:p/b:part">
    <fo:block role="Span">
      <xsl:if test="preceding-sibling::b:part">
        <xsl:attribute name="text-indent">0pt</xsl:attribute>
      </xsl:if>
      <xsl:if test="following-sibling::b:part and $text.align = 'justify'">
        <xsl:attribute name="text-align-last">justify</xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="b:h">
    <xsl:variable name="col" select="ancestor::b:column"/>
    <!-- PDF/UA wants heading levels without gaps: the column title is H1, the highest level in the
         column H2, and so on, whatever levels the writer used. -->
    <xsl:variable name="rank" select="number(boolean($col//b:h[@level = 1]) and @level &gt;= 1)
        + number(boolean($col//b:h[@level = 2]) and @level &gt;= 2)
        + number(boolean($col//b:h[@level = 3]) and @level &gt;= 3)
        + number(boolean($col//b:h[@level = 4]) and @level &gt;= 4)
        + number(boolean($col//b:h[@level = 5]) and @level &gt;= 5)
        + number(boolean($col//b:h[@level = 6]) and @level &gt;= 6)"/>
    <xsl:choose>
      <xsl:when test="$rank = 1">
        <fo:block xsl:use-attribute-sets="heading.1" role="H2"><xsl:apply-templates select="@anchor | node()"/></fo:block>
      </xsl:when>
      <xsl:when test="$rank = 2">
        <fo:block xsl:use-attribute-sets="heading.2" role="H3"><xsl:apply-templates select="@anchor | node()"/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <!-- PDF knows H1 to H6 (FOP makes any other a P, with a warning): a column that uses all six
             levels has its last two both H6, as the EPUB has them both h6. -->
        <fo:block xsl:use-attribute-sets="heading.other" role="H{$rank + 1 - number($rank &gt;= 6)}">
          <xsl:apply-templates select="@anchor | node()"/>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="b:quote">
    <fo:block xsl:use-attribute-sets="blockquote" role="BlockQuote"><xsl:apply-templates select="*"/></fo:block>
  </xsl:template>

  <xsl:template match="b:list">
    <fo:list-block xsl:use-attribute-sets="list">
      <xsl:apply-templates select="b:item"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="b:item">
    <fo:list-item>
      <fo:list-item-label end-indent="label-end()">
        <fo:block text-align="end">
          <xsl:choose>
            <xsl:when test="../@ordered = 'true'"><xsl:value-of select="../@start + position() - 1"/>.</xsl:when>
            <xsl:otherwise>•</xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <fo:block><xsl:apply-templates select="*"/></fo:block>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <!-- Paragraphs inside list items and quotes are not indented. -->
  <xsl:template match="b:item/b:p | b:quote/b:p | b:footnote/b:p">
    <fo:block xsl:use-attribute-sets="paragraph">
      <xsl:if test="preceding-sibling::*"><xsl:attribute name="space-before">0.3em</xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="b:table[@columns &gt; 0]">
    <fo:table xsl:use-attribute-sets="table">
      <xsl:for-each select="b:col"><fo:table-column column-width="proportional-column-width(1)"/></xsl:for-each>
      <xsl:apply-templates select="b:thead"/>
      <fo:table-body>
        <xsl:apply-templates select="b:tbody/b:row"/>
        <xsl:if test="not(b:tbody/b:row)"><fo:table-row><fo:table-cell><fo:block/></fo:table-cell></fo:table-row></xsl:if>
      </fo:table-body>
    </fo:table>
  </xsl:template>
  <xsl:template match="b:table"/>

  <xsl:template match="b:thead">
    <fo:table-header font-weight="bold" border-bottom="0.4pt solid {$ink.black}">
      <xsl:apply-templates select="b:row"/>
    </fo:table-header>
  </xsl:template>

  <xsl:template match="b:row">
    <fo:table-row>
      <xsl:for-each select="b:cell">
        <xsl:variable name="pos" select="position()"/>
        <xsl:variable name="align" select="ancestor::b:table/b:col[$pos]/@align"/>
        <fo:table-cell xsl:use-attribute-sets="table.cell">
          <xsl:if test="ancestor::b:thead"><xsl:attribute name="role">TH</xsl:attribute></xsl:if>
          <fo:block hyphenate="{$hyphenate}">
            <xsl:attribute name="text-align">
              <xsl:choose>
                <xsl:when test="$align = 'center' or $align = 'right'"><xsl:value-of select="$align"/></xsl:when>
                <xsl:otherwise>start</xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
            <xsl:apply-templates/>
          </fo:block>
        </fo:table-cell>
      </xsl:for-each>
      <!-- Markdown rows may have fewer cells than the table has columns. -->
      <xsl:if test="count(b:cell) = 0"><fo:table-cell><fo:block/></fo:table-cell></xsl:if>
    </fo:table-row>
  </xsl:template>

  <!-- The height of the text area of the pages this book XML becomes, in millimetres. -->
  <xsl:variable name="text.height.mm">
    <xsl:call-template name="text-height-mm"/>
  </xsl:variable>
  <xsl:template name="text-height-mm">
    <xsl:variable name="page">
      <xsl:call-template name="length-in-mm">
        <xsl:with-param name="length" select="$page.height"/><xsl:with-param name="param" select="'page.height'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="column.page">
      <xsl:call-template name="length-in-mm">
        <xsl:with-param name="length" select="$column.page.height"/><xsl:with-param name="param" select="'column.page.height'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="top">
      <xsl:call-template name="length-in-mm">
        <xsl:with-param name="length" select="$margin.top.used"/><xsl:with-param name="param" select="'margin.top'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="bottom">
      <xsl:call-template name="length-in-mm">
        <xsl:with-param name="length" select="$margin.bottom.used"/><xsl:with-param name="param" select="'margin.bottom'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="column.top">
      <xsl:call-template name="length-in-mm">
        <xsl:with-param name="length" select="$column.margin.top"/><xsl:with-param name="param" select="'column.margin.top'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="column.bottom">
      <xsl:call-template name="length-in-mm">
        <xsl:with-param name="length" select="$column.margin.bottom"/><xsl:with-param name="param" select="'column.margin.bottom'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="header">
      <xsl:call-template name="length-in-mm">
        <xsl:with-param name="length" select="$header.height"/><xsl:with-param name="param" select="'header.height'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="footer">
      <xsl:call-template name="length-in-mm">
        <xsl:with-param name="length" select="$footer.height"/><xsl:with-param name="param" select="'footer.height'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="/b:book/@kind = 'column'"><xsl:value-of select="$column.page - $column.top - $column.bottom - $header - $footer"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$page - $top - $bottom - $header - $footer"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:variable name="image.caption.room.mm">
    <xsl:call-template name="length-in-mm">
      <xsl:with-param name="length" select="$image.caption.room"/><xsl:with-param name="param" select="'image.caption.room'"/>
    </xsl:call-template>
  </xsl:variable>

  <!-- The image's block has no text, so its line is as tall as the image: with the font's descent
       below the baseline a page-high image would not fit its page. The width is capped by the
       containing block (a quote or list is narrower than the page), the height by the page. -->
  <xsl:template match="b:image">
    <xsl:variable name="max.height">
      <xsl:choose>
        <xsl:when test="normalize-space($image.max.height) != ''"><xsl:value-of select="$image.max.height"/></xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="format-number($text.height.mm - boolean(@title) * $image.caption.room.mm, '0.###')"/>
          <xsl:text>mm</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:block xsl:use-attribute-sets="image">
      <fo:block font-size="0pt" line-height="0pt">
        <fo:external-graphic src="url('{@src}')" inline-progression-dimension.maximum="100%"
            block-progression-dimension.maximum="{$max.height}" content-width="scale-down-to-fit"
            content-height="scale-down-to-fit" scaling="uniform" fox:alt-text="{@alt}"/>
      </fo:block>
      <xsl:if test="@title">
        <fo:block xsl:use-attribute-sets="image.caption"><xsl:value-of select="@title"/></fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template match="b:code">
    <fo:block xsl:use-attribute-sets="code.block" role="Code"><xsl:value-of select="."/></fo:block>
  </xsl:template>

  <xsl:template match="b:hr">
    <fo:block xsl:use-attribute-sets="section.break"><xsl:value-of select="$section.break.text"/></fo:block>
  </xsl:template>
</xsl:stylesheet>
