<?xml version="1.0" encoding="UTF-8"?>
<!--
  The table of contents: one entry per column, its title linked to the column, dot leaders, and the
  page the column starts on (fo:page-number-citation). Starts on a recto.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <!-- Show each column's authors under its title in the contents: true, false, or auto (only when
       some column's authors differ from the book's). -->
  <xsl:param name="toc.show.authors" select="'auto'"/>

  <!-- The heading of the contents ("Contents", "Inhoud"), also used for the sources page. -->
  <xsl:attribute-set name="part.title">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">16pt</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
    <xsl:attribute name="space-before">24mm</xsl:attribute>
    <xsl:attribute name="space-before.conditionality">retain</xsl:attribute>
    <xsl:attribute name="space-after">12mm</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- One entry: title, leader and page number. -->
  <xsl:attribute-set name="toc.entry">
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="text-align-last">justify</xsl:attribute>
    <xsl:attribute name="start-indent">1.5em</xsl:attribute>
    <xsl:attribute name="text-indent">-1.5em</xsl:attribute>
    <xsl:attribute name="end-indent">2.5em</xsl:attribute>
    <xsl:attribute name="last-line-end-indent">-2.5em</xsl:attribute>
    <xsl:attribute name="space-after">3pt</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The authors under an entry. -->
  <xsl:attribute-set name="toc.entry.authors">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="text-align-last">start</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="toc">
    <xsl:variable name="label">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'contents'"/></xsl:call-template>
    </xsl:variable>
    <fo:page-sequence master-reference="chapter" id="seq-toc" initial-page-number="auto-odd">
      <xsl:call-template name="language-attributes"/>
      <xsl:call-template name="static-content">
        <xsl:with-param name="recto-head" select="$label"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <fo:block id="toc" xsl:use-attribute-sets="part.title" role="H1"><xsl:value-of select="$label"/></fo:block>
        <fo:block role="TOC">
          <xsl:apply-templates select="b:column" mode="toc"/>
          <xsl:call-template name="index.toc.entry"/>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template match="b:column" mode="toc">
    <xsl:variable name="book.authors" select="/b:book/b:meta/b:authors"/>
    <xsl:variable name="authors">
      <xsl:for-each select="b:author"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="."/></xsl:for-each>
    </xsl:variable>
    <fo:block xsl:use-attribute-sets="toc.entry" role="TOCI">
      <xsl:call-template name="language-attributes"/>
      <xsl:variable name="entry">
        <xsl:value-of select="b:title"/>
        <fo:inline keep-together.within-line="always">
          <xsl:text> </xsl:text>
          <fo:leader leader-pattern="dots" leader-pattern-width="0.8em" leader-alignment="reference-area"/>
          <xsl:text> </xsl:text>
          <fo:page-number-citation ref-id="{@id}"/>
        </fo:inline>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$links.clickable = 'false'"><xsl:copy-of select="$entry"/></xsl:when>
        <xsl:otherwise>
          <fo:basic-link internal-destination="{@id}" fox:alt-text="{b:title}"><xsl:copy-of select="$entry"/></fo:basic-link>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$toc.show.authors = 'true' or ($toc.show.authors = 'auto' and /b:book/b:column/b:author[. != $book.authors] and not(/b:book/b:meta/b:author[2]))">
        <fo:block xsl:use-attribute-sets="toc.entry.authors"><xsl:value-of select="$authors"/></fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
