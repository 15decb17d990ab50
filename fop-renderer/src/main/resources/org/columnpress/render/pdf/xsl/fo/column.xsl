<?xml version="1.0" encoding="UTF-8"?>
<!--
  A column: its own page sequence (which lets FOP free memory column by column), an opener with title,
  subtitle, byline and dateline (source, date), the body, the author's bio and the copyright line. A very
  long column is set as several page sequences, one per body.
  The same templates make a column's own PDF (mode "single").
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <!-- Space above the column title on the opener page ("sink"). -->
  <xsl:param name="column.sink" select="'22mm'"/>
  <!-- The ornament between two columns on one page (column.start continuous). -->
  <xsl:param name="column.separator.text" select="'❦'"/>

  <!-- The column title. -->
  <xsl:attribute-set name="column.title">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">18pt</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The column subtitle. -->
  <xsl:attribute-set name="column.subtitle">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">12pt</xsl:attribute>
    <xsl:attribute name="line-height">1.3</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="space-before">3pt</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The byline ("Door Wim Aalbers"). -->
  <xsl:attribute-set name="column.byline">
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.03em</xsl:attribute>
    <xsl:attribute name="space-before">8pt</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The dateline under the byline: source and date. -->
  <xsl:attribute-set name="column.dateline">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="color">#444444</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The block around the opener, and the space between it and the body. -->
  <xsl:attribute-set name="column.opener">
    <xsl:attribute name="space-after">9mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The author's bio after the body. -->
  <xsl:attribute-set name="column.bio">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="line-height">12pt</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="space-before">14pt</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The ornament between two columns on one page (column.start continuous), and the space around it;
       it keeps with the next column's title, which keeps with its first lines. -->
  <xsl:attribute-set name="column.separator">
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">8mm</xsl:attribute>
    <xsl:attribute name="space-after">6mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <!-- The copyright line at the very end. -->
  <xsl:attribute-set name="column.copyright">
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="space-before">8pt</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="keep-with-previous.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- A column is one page sequence. A very long column comes with several bodies (see book.xsd):
       each is then a page sequence of its own, beginning on a new page, numbered on from the one before;
       the first has the opener, the last the bio and copyright line. -->
  <xsl:template match="b:column">
    <xsl:choose>
      <xsl:when test="$column.start = 'continuous' and not(b:body[2])">
        <xsl:call-template name="continuous-column"/>
      </xsl:when>
      <xsl:otherwise>
        <fo:page-sequence master-reference="chapter" id="seq-{@id}">
          <xsl:attribute name="initial-page-number">
            <xsl:choose>
              <xsl:when test="@starts-body">1</xsl:when>
              <xsl:when test="$column.start = 'recto'">auto-odd</xsl:when>
              <xsl:otherwise>auto</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:call-template name="language-attributes"/>
          <xsl:call-template name="static-content">
            <xsl:with-param name="recto-head" select="b:title"/>
          </xsl:call-template>
          <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
            <xsl:call-template name="column-content"/>
          </fo:flow>
        </fo:page-sequence>
        <xsl:apply-templates select="b:body[position() &gt; 1]" mode="continued"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    column.start continuous: consecutive columns (each with one body) share one page sequence, which
    starts on a new page. Made in one transformation (part 'all'), the first column of such a run opens
    the sequence and brings the others in. Made part by part, each column is a page sequence of its own,
    preceded by the processing instruction columnpress-join: Columnpress's FO joiner then appends its
    flow to the sequence before, when that one was a column of the same kind. Of the two elements after
    the processing instruction columnpress-separator it keeps the first (the ornament) where it joined,
    the second (the sink, column.sink, above the first column of a page sequence) where it did not.
    The opener itself has no sink here: FOP keeps a retained space-before in the middle of a page too,
    which pushed every column onto a page of its own.
  -->
  <xsl:template name="continuous-column">
    <xsl:variable name="joins" select="preceding-sibling::b:column[1][not(b:body[2])]"/>
    <xsl:choose>
      <xsl:when test="$part = 'column'">
        <xsl:processing-instruction name="columnpress-join"/>
        <xsl:call-template name="continuous-sequence">
          <xsl:with-param name="separator" select="true()"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="not($joins)">
        <xsl:call-template name="continuous-sequence"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The page sequence of a run of continuous columns, from its first column (the context). -->
  <xsl:template name="continuous-sequence">
    <xsl:param name="separator" select="false()"/>
    <fo:page-sequence master-reference="chapter" id="seq-{@id}">
      <xsl:attribute name="initial-page-number">
        <xsl:choose>
          <xsl:when test="@starts-body">1</xsl:when>
          <xsl:otherwise>auto</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:call-template name="language-attributes"/>
      <xsl:call-template name="static-content">
        <xsl:with-param name="recto-head" select="b:title"/>
        <xsl:with-param name="from-markers" select="true()"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <xsl:if test="$separator">
          <xsl:processing-instruction name="columnpress-separator"/>
          <xsl:call-template name="column-separator"/>
        </xsl:if>
        <xsl:call-template name="column-sink"/>
        <xsl:call-template name="column-content"/>
        <xsl:if test="$part != 'column'">
          <xsl:apply-templates select="following-sibling::b:column[1][not(b:body[2])]" mode="continuous-run"/>
        </xsl:if>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template match="b:column" mode="continuous-run">
    <xsl:call-template name="column-separator"/>
    <xsl:call-template name="column-content"/>
    <xsl:apply-templates select="following-sibling::b:column[1][not(b:body[2])]" mode="continuous-run"/>
  </xsl:template>

  <!-- The space above the first column of a page sequence of continuous columns. -->
  <xsl:template name="column-sink">
    <fo:block space-before="{$column.sink}" space-before.conditionality="retain"/>
  </xsl:template>

  <xsl:template name="column-separator">
    <fo:block xsl:use-attribute-sets="column.separator" role="artifact">
      <xsl:value-of select="$column.separator.text"/>
    </fo:block>
  </xsl:template>

  <!-- column.start continuous: the running heads of the column, as markers that the page sequence's
       static content retrieves (the column at the top of each page). -->
  <xsl:template name="running-head-markers">
    <xsl:if test="$column.start = 'continuous' and $show.running.heads = 'true'">
      <fo:marker marker-class-name="head-recto">
        <xsl:apply-templates select="." mode="running.head.recto">
          <xsl:with-param name="title" select="b:title"/>
        </xsl:apply-templates>
      </fo:marker>
      <fo:marker marker-class-name="head-verso">
        <xsl:apply-templates select="." mode="running.head.verso">
          <xsl:with-param name="title" select="b:title"/>
        </xsl:apply-templates>
      </fo:marker>
    </xsl:if>
  </xsl:template>

  <xsl:template match="b:column" mode="single">
    <fo:page-sequence master-reference="single" id="seq-{@id}" initial-page-number="1">
      <xsl:call-template name="language-attributes"/>
      <xsl:call-template name="single-static-content"/>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <xsl:call-template name="column-content"/>
      </fo:flow>
    </fo:page-sequence>
    <xsl:apply-templates select="b:body[position() &gt; 1]" mode="continued-single"/>
  </xsl:template>

  <!-- The body after the first of a very long column, in the book. -->
  <xsl:template match="b:column/b:body" mode="continued">
    <fo:page-sequence master-reference="chapter-continued" id="seq-{count(preceding-sibling::b:body) + 1}-{../@id}"
        initial-page-number="auto">
      <xsl:for-each select="..">
        <xsl:call-template name="language-attributes"/>
        <xsl:call-template name="static-content">
          <xsl:with-param name="recto-head" select="b:title"/>
        </xsl:call-template>
      </xsl:for-each>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <xsl:call-template name="continued-content"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- The body after the first of a very long column, in the column's own PDF. -->
  <xsl:template match="b:column/b:body" mode="continued-single">
    <fo:page-sequence master-reference="single-continued" id="seq-{count(preceding-sibling::b:body) + 1}-{../@id}"
        initial-page-number="auto">
      <xsl:for-each select="..">
        <xsl:call-template name="language-attributes"/>
        <xsl:call-template name="single-static-content"/>
      </xsl:for-each>
      <fo:flow flow-name="xsl-region-body" xsl:use-attribute-sets="body.text">
        <xsl:call-template name="continued-content"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- Running heads and folio of a column's own PDF (the modes running.head.recto and
       running.head.verso, in pages.xsl, with the column as context). -->
  <xsl:template name="single-static-content">
    <fo:static-content flow-name="head-recto" role="artifact">
      <xsl:apply-templates select="." mode="running.head.recto">
        <xsl:with-param name="title" select="b:title"/>
      </xsl:apply-templates>
    </fo:static-content>
    <fo:static-content flow-name="head-verso" role="artifact">
      <xsl:apply-templates select="." mode="running.head.verso">
        <xsl:with-param name="title" select="b:title"/>
      </xsl:apply-templates>
    </fo:static-content>
    <xsl:call-template name="folio-static-content"/>
    <xsl:call-template name="footnote-separator"/>
  </xsl:template>

  <!-- The column: opener, (first) body, and, unless more bodies follow, bio and copyright line. -->
  <xsl:template name="column-content">
    <fo:block id="{@id}" text-align="{$text.align}" hyphenate="{$hyphenate}">
      <xsl:call-template name="language-attributes"/>
      <xsl:if test="not(/b:book/@kind = 'column')">
        <xsl:call-template name="running-head-markers"/>
      </xsl:if>
      <xsl:variable name="sink">
        <xsl:choose>
          <xsl:when test="$column.start = 'continuous' and not(b:body[2]) and not(/b:book/@kind = 'column')">0pt</xsl:when>
          <xsl:otherwise><xsl:value-of select="$column.sink"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <fo:block xsl:use-attribute-sets="column.opener" space-before="{$sink}" space-before.conditionality="retain">
        <fo:block xsl:use-attribute-sets="column.title" role="H1"><xsl:value-of select="b:title"/></fo:block>
        <xsl:apply-templates select="b:subtitle"/>
        <fo:block xsl:use-attribute-sets="column.byline"><xsl:value-of select="b:byline"/></fo:block>
        <xsl:call-template name="dateline"/>
      </fo:block>
      <xsl:apply-templates select="b:body[1]/*"/>
      <xsl:if test="not(b:body[2])">
        <xsl:apply-templates select="b:bio"/>
        <xsl:apply-templates select="b:copyright"/>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- A later body (the context), and after the last one the column's bio and copyright line. -->
  <xsl:template name="continued-content">
    <fo:block text-align="{$text.align}" hyphenate="{$hyphenate}">
      <xsl:for-each select=".."><xsl:call-template name="language-attributes"/></xsl:for-each>
      <xsl:apply-templates select="*"/>
      <xsl:if test="not(following-sibling::b:body)">
        <xsl:apply-templates select="../b:bio"/>
        <xsl:apply-templates select="../b:copyright"/>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template match="b:column/b:subtitle">
    <fo:block xsl:use-attribute-sets="column.subtitle"><xsl:value-of select="."/></fo:block>
  </xsl:template>

  <!-- "NRC Handelsblad, 3 maart 2009"; the year alone when there is no date. -->
  <xsl:template name="dateline">
    <xsl:if test="b:source or b:date or b:year">
      <fo:block xsl:use-attribute-sets="column.dateline">
        <xsl:value-of select="b:source"/>
        <xsl:if test="b:source and (b:date or b:year)">, </xsl:if>
        <xsl:choose>
          <xsl:when test="b:date"><xsl:value-of select="b:date"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="b:year"/></xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="b:bio">
    <fo:block xsl:use-attribute-sets="column.bio">
      <xsl:apply-templates select="*"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="b:bio/b:p" priority="2">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="b:column/b:copyright">
    <fo:block xsl:use-attribute-sets="column.copyright"><xsl:value-of select="."/></fo:block>
  </xsl:template>
</xsl:stylesheet>
