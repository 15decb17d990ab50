<?xml version="1.0" encoding="UTF-8"?>
<!--
  The sources page at the back: for every column that names where it first appeared, its title and
  "First published in <source>, <date>" in the book's language (a column in another language
  carries its date as the book writes it in b:date/@book).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <!-- One entry of the sources page. -->
  <xsl:attribute-set name="sources.entry">
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="line-height">12.5pt</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="space-after">5pt</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="sources">
    <xsl:variable name="label">
      <xsl:call-template name="label"><xsl:with-param name="key" select="'sources'"/></xsl:call-template>
    </xsl:variable>
    <fo:page-sequence master-reference="chapter" id="seq-sources" initial-page-number="auto-odd">
      <xsl:call-template name="language-attributes"/>
      <xsl:call-template name="static-content">
        <xsl:with-param name="recto-head" select="$label"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <fo:block id="sources" xsl:use-attribute-sets="part.title" role="H1"><xsl:value-of select="$label"/></fo:block>
        <xsl:apply-templates select="b:column[b:source]" mode="sources"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template match="b:column" mode="sources">
    <fo:block xsl:use-attribute-sets="sources.entry">
      <fo:inline font-style="italic"><xsl:value-of select="b:title"/></fo:inline>
      <xsl:call-template name="sentence.end"><xsl:with-param name="text" select="b:title"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="'first-published-in'"/>
        <xsl:with-param name="of" select="/b:book"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:value-of select="b:source"/>
      <xsl:variable name="when">
        <xsl:choose>
          <xsl:when test="b:date/@book"><xsl:value-of select="b:date/@book"/></xsl:when>
          <xsl:when test="b:date"><xsl:value-of select="b:date"/></xsl:when>
          <xsl:when test="b:year"><xsl:value-of select="b:year"/></xsl:when>
        </xsl:choose>
      </xsl:variable>
      <xsl:if test="string($when)">, <xsl:value-of select="$when"/></xsl:if>
      <xsl:call-template name="sentence.end">
        <xsl:with-param name="text" select="concat(b:source, ' ', $when)"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!--
    A period after $text, unless it already ends a sentence: in ? ! . or …, perhaps followed by
    closing quotes (and the spaces French puts inside them). So "Kerstman dik?" is not followed by
    "?." (core's Punctuation holds the same rule for the EPUB).
  -->
  <xsl:template name="sentence.end">
    <xsl:param name="text"/>
    <xsl:variable name="t" select="normalize-space($text)"/>
    <xsl:variable name="last" select="substring($t, string-length($t))"/>
    <xsl:variable name="closing">"'”’»›«‹&#160;&#8239;</xsl:variable>
    <xsl:choose>
      <xsl:when test="$last = '' or not(contains($closing, $last))">
        <xsl:if test="not($last != '' and contains('?!.…', $last))">.</xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="sentence.end">
          <xsl:with-param name="text" select="substring($t, 1, string-length($t) - 1)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
