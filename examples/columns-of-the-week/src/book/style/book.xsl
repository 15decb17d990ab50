<?xml version="1.0" encoding="UTF-8"?>
<!--
  The house style of "Kolommen van de week": Columnpress's default book, with the cover's sea-green
  in the titles, and each column's author in the running head of its left-hand pages.

  Import the default by its URI (Columnpress serves it from its own jar, never from the web), then
  override only what differs: parameters, attribute sets or whole templates.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:b="https://columnpress.org/ns/book/1">
  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>

  <!-- A first-line indent a touch deeper than the default. -->
  <xsl:param name="paragraph.indent" select="'1.5em'"/>

  <!-- The book's title page in the colour of its cover. -->
  <xsl:attribute-set name="title.page.title">
    <xsl:attribute name="color">#2f5d62</xsl:attribute>
    <xsl:attribute name="font-size">28pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- Each column opens with a larger, sea-green title and a warm subtitle. -->
  <xsl:attribute-set name="column.title">
    <xsl:attribute name="color">#2f5d62</xsl:attribute>
    <xsl:attribute name="font-size">21pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="column.subtitle">
    <xsl:attribute name="color">#8a5a33</xsl:attribute>
  </xsl:attribute-set>

  <!-- Three writers share the book: a column's left-hand pages name its author where the book title
       was (the contents and sources pages keep the title). -->
  <xsl:template match="b:column" mode="running.head.verso">
    <fo:block xsl:use-attribute-sets="running.head">
      <xsl:for-each select="b:author">
        <xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="."/>
      </xsl:for-each>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
