<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of names and subjects at the back, after the sources page: two columns, the terms under their
  initial letter, each with the pages it occurs on (linked to the place), "see also" lines. Its entry in
  the contents and in the PDF's outline are here too.

  The terms arrive sorted and grouped in the book's language (b:index in the book XML): print them in
  that order. Their pages are not in the book XML (they are only known once FOP has laid out the pages
  before the index): the element cp:page-list (namespace https://columnpress.org/ns/fo/1) stands where a
  term's pages go, with the ids of its occurrences in refs, and Columnpress puts the pages in its place
  right before FOP reads it: each page once, consecutive pages as a range (12–14), each number a link to
  the first occurrence on that page unless links="false". Its other attributes: separator (between
  pages, default ", "), range-separator (default an en dash) and alt (the word before the page number in
  a link's alternative text, for PDF/UA). It works only in the book's own page sequences (not in a
  column's own PDF, which has no index).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:b="https://columnpress.org/ns/book/1"
    xmlns:cp="https://columnpress.org/ns/fo/1"
    exclude-result-prefixes="b">

  <!-- The index at the back (printed only when the book has one: book.yaml's index). -->
  <xsl:param name="show.index" select="'true'"/>
  <!-- How many columns the index pages have. -->
  <xsl:param name="index.column.count" select="'2'"/>
  <!-- The space between the index's columns. -->
  <xsl:param name="index.column.gap" select="'6mm'"/>
  <!-- Between two pages (or ranges) of a term. -->
  <xsl:param name="index.page.separator" select="', '"/>
  <!-- Between the first and the last page of a range (12–14): an en dash. -->
  <xsl:param name="index.range.separator" select="'&#8211;'"/>

  <!-- The text of the index: a size smaller than the body, ragged right. -->
  <xsl:attribute-set name="index.text">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="line-height">11.5pt</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>
  <!-- The initial letter above a group of terms. -->
  <xsl:attribute-set name="index.group">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">9pt</xsl:attribute>
    <xsl:attribute name="space-after">2pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-column">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- One term and its pages; a line that runs over is indented under it. Kept in one column, unless the
       term is cited in more than 60 places (see the template for b:term). -->
  <xsl:attribute-set name="index.entry">
    <xsl:attribute name="start-indent">1.2em</xsl:attribute>
    <xsl:attribute name="text-indent">-1.2em</xsl:attribute>
    <xsl:attribute name="keep-together.within-column">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- A term's "see also" line, under it. -->
  <xsl:attribute-set name="index.see-also">
    <xsl:attribute name="start-indent">2.4em</xsl:attribute>
    <xsl:attribute name="text-indent">-1.2em</xsl:attribute>
  </xsl:attribute-set>

  <!-- Whether the index is printed: asked for, and the book has one. -->
  <xsl:template name="index.shown">
    <xsl:if test="$show.index = 'true' and /b:book/b:index/b:group/b:term">true</xsl:if>
  </xsl:template>

  <!-- The index pages' masters (called from layout-master-set): as a chapter's, with columns. -->
  <xsl:template name="index.page.masters">
    <xsl:call-template name="page-master"><xsl:with-param name="name" select="'index-recto'"/>
      <xsl:with-param name="left" select="$margin.inner.used"/><xsl:with-param name="right" select="$margin.outer.used"/>
      <xsl:with-param name="before" select="'head-recto'"/><xsl:with-param name="after" select="'foot'"/>
      <xsl:with-param name="columns" select="$index.column.count"/><xsl:with-param name="column.gap" select="$index.column.gap"/>
    </xsl:call-template>
    <xsl:call-template name="page-master"><xsl:with-param name="name" select="'index-verso'"/>
      <xsl:with-param name="left" select="$margin.outer.used"/><xsl:with-param name="right" select="$margin.inner.used"/>
      <xsl:with-param name="before" select="'head-verso'"/><xsl:with-param name="after" select="'foot'"/>
      <xsl:with-param name="side" select="'verso'"/>
      <xsl:with-param name="columns" select="$index.column.count"/><xsl:with-param name="column.gap" select="$index.column.gap"/>
    </xsl:call-template>
    <xsl:call-template name="page-master"><xsl:with-param name="name" select="'index-opener-recto'"/>
      <xsl:with-param name="left" select="$margin.inner.used"/><xsl:with-param name="right" select="$margin.outer.used"/>
      <xsl:with-param name="before" select="'blank-before'"/><xsl:with-param name="after" select="'blank-after'"/>
      <xsl:with-param name="columns" select="$index.column.count"/><xsl:with-param name="column.gap" select="$index.column.gap"/>
    </xsl:call-template>
    <xsl:call-template name="page-master"><xsl:with-param name="name" select="'index-opener-verso'"/>
      <xsl:with-param name="left" select="$margin.outer.used"/><xsl:with-param name="right" select="$margin.inner.used"/>
      <xsl:with-param name="before" select="'blank-before'"/><xsl:with-param name="after" select="'blank-after'"/>
      <xsl:with-param name="side" select="'verso'"/>
      <xsl:with-param name="columns" select="$index.column.count"/><xsl:with-param name="column.gap" select="$index.column.gap"/>
    </xsl:call-template>
    <fo:page-sequence-master master-name="index">
      <fo:repeatable-page-master-alternatives>
        <fo:conditional-page-master-reference master-reference="index-opener-recto" page-position="first" odd-or-even="odd"/>
        <fo:conditional-page-master-reference master-reference="index-opener-verso" page-position="first" odd-or-even="even"/>
        <fo:conditional-page-master-reference master-reference="index-opener-recto" blank-or-not-blank="blank" odd-or-even="odd"/>
        <fo:conditional-page-master-reference master-reference="index-opener-verso" blank-or-not-blank="blank" odd-or-even="even"/>
        <fo:conditional-page-master-reference master-reference="index-recto" odd-or-even="odd"/>
        <fo:conditional-page-master-reference master-reference="index-verso" odd-or-even="even"/>
      </fo:repeatable-page-master-alternatives>
    </fo:page-sequence-master>
  </xsl:template>

  <!-- The index pages, when shown; the context is the book (its skeleton). -->
  <xsl:template name="index.pages">
    <xsl:variable name="shown"><xsl:call-template name="index.shown"/></xsl:variable>
    <xsl:if test="$shown = 'true'">
      <xsl:apply-templates select="b:index"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="b:index">
    <xsl:variable name="label">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'index'"/></xsl:call-template>
    </xsl:variable>
    <fo:page-sequence master-reference="index" id="seq-index" initial-page-number="auto-odd">
      <xsl:call-template name="language-attributes"/>
      <xsl:call-template name="static-content">
        <xsl:with-param name="recto-head" select="$label"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <!-- The heading spans the columns; its space after is kept where the columns begin. -->
        <fo:block id="index" span="all" xsl:use-attribute-sets="part.title" space-after.conditionality="retain"
            role="H1"><xsl:value-of select="$label"/></fo:block>
        <fo:block xsl:use-attribute-sets="index.text">
          <xsl:apply-templates select="b:group"/>
        </fo:block>
        <!-- An empty block across the columns at the end makes FOP balance the last page's columns. -->
        <fo:block span="all"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template match="b:index/b:group">
    <fo:block xsl:use-attribute-sets="index.group" role="H2"><xsl:value-of select="@name"/></fo:block>
    <xsl:apply-templates select="b:term"/>
  </xsl:template>

  <!-- A term: its text, its pages, and its "see also" line. -->
  <xsl:template match="b:index/b:group/b:term">
    <fo:block id="{@id}" xsl:use-attribute-sets="index.entry">
      <!-- A term cited on more pages than a column has room for may run on into the next column: kept
           together, FOP would let it overflow the page and cut its numbers off. 60 numbers fill about twelve
           lines, far less than a column. -->
      <xsl:if test="count(b:occurrence) &gt; 60">
        <xsl:attribute name="keep-together.within-column">auto</xsl:attribute>
      </xsl:if>
      <xsl:value-of select="b:text"/>
      <xsl:if test="b:occurrence">
        <xsl:text>, </xsl:text>
        <cp:page-list links="{$links.clickable}" separator="{$index.page.separator}"
            range-separator="{$index.range.separator}">
          <xsl:attribute name="refs">
            <xsl:for-each select="b:occurrence">
              <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
              <xsl:value-of select="@ref"/>
            </xsl:for-each>
          </xsl:attribute>
          <xsl:attribute name="alt">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'page'"/></xsl:call-template>
          </xsl:attribute>
        </cp:page-list>
      </xsl:if>
      <xsl:if test="b:see-also">
        <fo:block xsl:use-attribute-sets="index.see-also">
          <fo:inline font-style="italic">
            <xsl:call-template name="label"><xsl:with-param name="key" select="'see-also'"/></xsl:call-template>
          </fo:inline>
          <xsl:text> </xsl:text>
          <xsl:for-each select="b:see-also">
            <xsl:if test="position() &gt; 1">; </xsl:if>
            <xsl:choose>
              <xsl:when test="@ref and $links.clickable != 'false'">
                <fo:basic-link internal-destination="{@ref}" fox:alt-text="{.}"><xsl:value-of select="."/></fo:basic-link>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- The index's entry in the contents, after the columns' (called from toc.xsl). -->
  <xsl:template name="index.toc.entry">
    <xsl:variable name="shown"><xsl:call-template name="index.shown"/></xsl:variable>
    <xsl:if test="$shown = 'true'">
      <xsl:variable name="label">
        <xsl:call-template name="label"><xsl:with-param name="key" select="'index'"/></xsl:call-template>
      </xsl:variable>
      <fo:block xsl:use-attribute-sets="toc.entry" role="TOCI" space-before="9pt">
        <xsl:variable name="entry">
          <xsl:value-of select="$label"/>
          <fo:inline keep-together.within-line="always">
            <xsl:text> </xsl:text>
            <fo:leader leader-pattern="dots" leader-pattern-width="0.8em" leader-alignment="reference-area"/>
            <xsl:text> </xsl:text>
            <fo:page-number-citation ref-id="index"/>
          </fo:inline>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$links.clickable = 'false'"><xsl:copy-of select="$entry"/></xsl:when>
          <xsl:otherwise>
            <fo:basic-link internal-destination="index" fox:alt-text="{$label}"><xsl:copy-of select="$entry"/></fo:basic-link>
          </xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- The index's entry in the PDF's outline, after the sources page's (called from metadata.xsl). -->
  <xsl:template name="index.bookmark">
    <xsl:variable name="shown"><xsl:call-template name="index.shown"/></xsl:variable>
    <xsl:if test="$shown = 'true'">
      <fo:bookmark internal-destination="index">
        <fo:bookmark-title><xsl:call-template name="label"><xsl:with-param name="key" select="'index'"/></xsl:call-template></fo:bookmark-title>
      </fo:bookmark>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
