<?xml version="1.0" encoding="UTF-8"?>
<!--
  Lengths to compute with. XPath 1.0 numbers have no units, so a stylesheet that does arithmetic on a
  length parameter (the crop marks do, and so may yours) turns it into millimetres here first: one
  reading of every unit, and a clear error for a length it cannot read.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!--
    API: the length $length in millimetres, as a number (written as text: use it in arithmetic, or as
    number($x)). $param names where the length came from, for the error message. Units: mm, cm, in,
    pt (1/72 in), pc (12pt) and px (a CSS pixel, 1/96 in); 0 needs none. These are the units the
    settings pdf.trim and pdf.bleed accept. Anything else, such as an em, a percentage or a typo, stops
    the build with a message that names $param and the units. Example:
      <xsl:variable name="gutter.mm">
        <xsl:call-template name="length-in-mm">
          <xsl:with-param name="length" select="$gutter"/>
          <xsl:with-param name="param" select="'gutter'"/>
        </xsl:call-template>
      </xsl:variable>
      ... width="{$page.width.mm - 2 * $gutter.mm}mm" ...
  -->
  <xsl:template name="length-in-mm">
    <xsl:param name="length"/>
    <xsl:param name="param" select="''"/>
    <xsl:variable name="text" select="normalize-space($length)"/>
    <xsl:variable name="unit" select="translate($text, '0123456789.', '')"/>
    <xsl:variable name="number" select="substring($text, 1, string-length($text) - string-length($unit))"/>
    <xsl:variable name="value" select="number($number)"/>
    <xsl:choose>
      <!-- The unit must follow the number: '3mm', not 'm3m'. -->
      <xsl:when test="$value != $value or substring($text, string-length($number) + 1) != $unit">
        <xsl:call-template name="length-error">
          <xsl:with-param name="length" select="$length"/>
          <xsl:with-param name="param" select="$param"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$unit = 'mm'"><xsl:value-of select="$value"/></xsl:when>
      <xsl:when test="$unit = 'cm'"><xsl:value-of select="$value * 10"/></xsl:when>
      <xsl:when test="$unit = 'in'"><xsl:value-of select="$value * 25.4"/></xsl:when>
      <xsl:when test="$unit = 'pt'"><xsl:value-of select="$value * 25.4 div 72"/></xsl:when>
      <xsl:when test="$unit = 'pc'"><xsl:value-of select="$value * 25.4 div 6"/></xsl:when>
      <xsl:when test="$unit = 'px'"><xsl:value-of select="$value * 25.4 div 96"/></xsl:when>
      <xsl:when test="$unit = '' and $value = 0">0</xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="length-error">
          <xsl:with-param name="length" select="$length"/>
          <xsl:with-param name="param" select="$param"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- API: the length $length in points (1/72 in), as length-in-mm gives it in millimetres. -->
  <xsl:template name="length-in-pt">
    <xsl:param name="length"/>
    <xsl:param name="param" select="''"/>
    <xsl:variable name="mm">
      <xsl:call-template name="length-in-mm">
        <xsl:with-param name="length" select="$length"/><xsl:with-param name="param" select="$param"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="$mm * 72 div 25.4"/>
  </xsl:template>

  <!-- Stops the build: $length, from parameter $param, is not a length length-in-mm can read. -->
  <xsl:template name="length-error">
    <xsl:param name="length"/>
    <xsl:param name="param"/>
    <xsl:message terminate="yes">
      <xsl:choose>
        <xsl:when test="$param != ''">Stylesheet parameter '<xsl:value-of select="$param"/>'</xsl:when>
        <xsl:otherwise>A length</xsl:otherwise>
      </xsl:choose>
      <xsl:text> is '</xsl:text><xsl:value-of select="$length"/>
      <xsl:text>', which is not a length: write a number with one of the units mm, cm, in, pt, pc or px</xsl:text>
      <xsl:text> (1/96 in), such as 3mm.</xsl:text>
    </xsl:message>
  </xsl:template>
</xsl:stylesheet>
