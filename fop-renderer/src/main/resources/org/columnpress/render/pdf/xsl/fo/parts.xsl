<?xml version="1.0" encoding="UTF-8"?>
<!--
  A part's title page (b:part): on a recto, the part's number in words ("Eerste deel", "Part One") above
  its title, set high on the page, with no running head or folio shown; the part's introduction, when it
  has one, under the title and on the pages after (those have running heads and folios). The verso behind
  it is left blank, so the part's first column opens on the next page whatever column.start says.
  The first part is where the body begins: its page is arabic page 1.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <!-- Distance from the top of the text area to the part's number on its title page. -->
  <xsl:param name="part.page.sink" select="'45mm'"/>

  <!-- The part's number in words above its title ("Eerste deel"). -->
  <xsl:attribute-set name="part.page.label">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.08em</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-after">7mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The part's title. -->
  <xsl:attribute-set name="part.page.title">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">22pt</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The part's introduction under its title, on a narrower measure. -->
  <xsl:attribute-set name="part.page.intro">
    <xsl:attribute name="space-before">16mm</xsl:attribute>
    <xsl:attribute name="start-indent">8mm</xsl:attribute>
    <xsl:attribute name="end-indent">8mm</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>

  <!-- API: a part's title page and introduction, one page sequence on master chapter (its first page is an
       opener: no running head, no folio). The context is the part (b:part: b:label, b:title, b:intro);
       its columns follow it in the book XML, each with part="{@id}". Override it to change the whole page;
       the attribute sets above change its look. -->
  <xsl:template match="b:part">
    <fo:page-sequence master-reference="chapter" id="seq-{@id}" force-page-count="end-on-even">
      <xsl:attribute name="initial-page-number">
        <xsl:choose>
          <xsl:when test="@starts-body">1</xsl:when>
          <xsl:otherwise>auto-odd</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:call-template name="language-attributes"/>
      <xsl:call-template name="static-content">
        <xsl:with-param name="recto-head" select="b:title"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <fo:block id="{@id}" text-align="{$text.align}" hyphenate="{$hyphenate}">
          <fo:block space-before="{$part.page.sink}" space-before.conditionality="retain"/>
          <fo:block xsl:use-attribute-sets="part.page.label"><xsl:value-of select="b:label"/></fo:block>
          <fo:block xsl:use-attribute-sets="part.page.title" role="H1"><xsl:value-of select="b:title"/></fo:block>
          <xsl:if test="b:intro/*">
            <fo:block xsl:use-attribute-sets="part.page.intro">
              <xsl:apply-templates select="b:intro/*"/>
            </fo:block>
          </xsl:if>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- A part's entry in the contents: its number and title, and the page its title page is on. -->
  <xsl:attribute-set name="toc.part.entry">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">9pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- A part in the contents: its entry ("Eerste deel: Werk ... 1"), then its columns, indented
       (toc.part.column.indent). -->
  <xsl:template match="b:part" mode="toc">
    <fo:block xsl:use-attribute-sets="toc.entry toc.part.entry" role="TOCI">
      <xsl:call-template name="toc-line">
        <xsl:with-param name="text" select="concat(b:label, ': ', b:title)"/>
      </xsl:call-template>
    </fo:block>
    <xsl:apply-templates select="../b:column[@part = current()/@id]" mode="toc"/>
  </xsl:template>

  <!-- A part in the PDF outline, its columns nested under it. -->
  <xsl:template match="b:part" mode="bookmark">
    <fo:bookmark internal-destination="{@id}">
      <fo:bookmark-title><xsl:value-of select="concat(b:label, ': ', b:title)"/></fo:bookmark-title>
      <xsl:apply-templates select="../b:column[@part = current()/@id]" mode="bookmark"/>
    </fo:bookmark>
  </xsl:template>
</xsl:stylesheet>
