<?xml version="1.0" encoding="UTF-8"?>
<!-- A user's stylesheet: the default one, with the colours from a part beside it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="https://columnpress.org/xsl/fo/columnpress.xsl"/>
  <xsl:include href="parts/colours.xsl"/>
</xsl:stylesheet>
