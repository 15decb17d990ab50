<?xml version="1.0" encoding="UTF-8"?>
<!--
  The title page (a recto: authors, title, subtitle, publisher) and, on its back, the copyright page
  (rights, edition, ISBN or identifier, date, publisher), set low on the page as books do.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <!-- Distance from the top of the text area to the authors' names on the title page. -->
  <xsl:param name="title.page.sink" select="'28mm'"/>

  <!-- The authors' names above the title. -->
  <xsl:attribute-set name="title.page.authors">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">12pt</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.08em</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-after">14mm</xsl:attribute>
  </xsl:attribute-set>
  <!-- The book title. -->
  <xsl:attribute-set name="title.page.title">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">24pt</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>
  <!-- The book subtitle. -->
  <xsl:attribute-set name="title.page.subtitle">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">13pt</xsl:attribute>
    <xsl:attribute name="line-height">1.3</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">6mm</xsl:attribute>
  </xsl:attribute-set>
  <!-- The publisher, at the foot of the title page. -->
  <xsl:attribute-set name="title.page.publisher">
    <xsl:attribute name="font-size">10pt</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.05em</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>
  <!-- The text of the copyright page. -->
  <xsl:attribute-set name="copyright.page">
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="line-height">11pt</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template name="front-matter">
    <xsl:variable name="meta" select="/b:book/b:meta"/>
    <!-- Page i, or iii after a half-title; ends on a verso, as every page sequence of the front matter. -->
    <fo:page-sequence master-reference="title" id="seq-title" force-page-count="end-on-even">
      <xsl:attribute name="initial-page-number">
        <xsl:choose>
          <xsl:when test="/b:book/b:front/b:matter[@kind = 'half-title']">auto-odd</xsl:when>
          <xsl:otherwise>1</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:call-template name="front-page-format"/>
      <xsl:call-template name="language-attributes"/>
      <xsl:call-template name="crop-marks-only"/>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <fo:block-container height="74%" display-align="before">
          <fo:block space-before="{$title.page.sink}" space-before.conditionality="retain"/>
          <xsl:if test="$meta/b:author">
            <fo:block xsl:use-attribute-sets="title.page.authors"><xsl:value-of select="$meta/b:authors"/></fo:block>
          </xsl:if>
          <fo:block xsl:use-attribute-sets="title.page.title" role="H1"><xsl:value-of select="$meta/b:title"/></fo:block>
          <xsl:if test="$meta/b:subtitle">
            <fo:block xsl:use-attribute-sets="title.page.subtitle"><xsl:value-of select="$meta/b:subtitle"/></fo:block>
          </xsl:if>
        </fo:block-container>
        <xsl:if test="$meta/b:publisher">
          <fo:block-container height="25%" display-align="after">
            <fo:block xsl:use-attribute-sets="title.page.publisher"><xsl:value-of select="$meta/b:publisher"/></fo:block>
          </fo:block-container>
        </xsl:if>
        <xsl:if test="$show.copyright.page = 'true'">
          <fo:block-container height="100%" display-align="after" break-before="page">
            <xsl:apply-templates select="$meta" mode="copyright-page"/>
          </fo:block-container>
        </xsl:if>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template match="b:meta" mode="copyright-page">
    <fo:block xsl:use-attribute-sets="copyright.page">
      <fo:block font-style="italic"><xsl:value-of select="b:title"/></fo:block>
      <xsl:if test="b:author"><fo:block><xsl:value-of select="b:authors"/></fo:block></xsl:if>
      <xsl:if test="b:rights"><fo:block space-before="1em"><xsl:value-of select="b:rights"/></fo:block></xsl:if>
      <xsl:if test="b:edition">
        <fo:block space-before="1em">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'edition'"/></xsl:call-template>
          <xsl:text>: </xsl:text><xsl:value-of select="b:edition"/>
          <xsl:if test="b:date">, <xsl:value-of select="b:date"/></xsl:if>
        </fo:block>
      </xsl:if>
      <xsl:if test="b:date and not(b:edition)"><fo:block space-before="1em"><xsl:value-of select="b:date"/></fo:block></xsl:if>
      <xsl:if test="b:identifier/@isbn">
        <fo:block space-before="1em">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'isbn'"/></xsl:call-template>
          <xsl:text> </xsl:text><xsl:value-of select="b:identifier/@isbn"/>
        </fo:block>
      </xsl:if>
      <xsl:if test="b:publisher">
        <fo:block space-before="1em">
          <xsl:call-template name="label"><xsl:with-param name="key" select="'published-by'"/></xsl:call-template>
          <xsl:text> </xsl:text><xsl:value-of select="b:publisher"/>
        </fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
