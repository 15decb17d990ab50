<?xml version="1.0" encoding="UTF-8"?>
<!--
  Document metadata and bookmarks. The XMP packet carries title, authors, language, description and
  rights as PDF/A wants them (dc:title as an rdf:Alt, dc:creator as an rdf:Seq); FOP adds the dates
  and the PDF/A and PDF/UA identification.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <!-- The build's instant (ISO 8601, UTC), set by Columnpress from the build's timestamp; the XMP dates
       carry it so that the same sources give the same bytes. -->
  <xsl:param name="build.timestamp" select="''"/>

  <xsl:template name="declarations">
    <xsl:variable name="meta" select="/b:book/b:meta"/>
    <xsl:variable name="single" select="/b:book[@kind = 'column']/b:column"/>
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title>
              <rdf:Alt>
                <rdf:li xml:lang="x-default">
                  <xsl:choose>
                    <xsl:when test="$single"><xsl:value-of select="$single/b:title"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$meta/b:title"/></xsl:otherwise>
                  </xsl:choose>
                </rdf:li>
              </rdf:Alt>
            </dc:title>
            <xsl:variable name="authors" select="$meta/b:author[not($single)] | $single/b:author"/>
            <xsl:if test="$authors">
              <dc:creator>
                <rdf:Seq>
                  <xsl:for-each select="$authors"><rdf:li><xsl:value-of select="."/></rdf:li></xsl:for-each>
                </rdf:Seq>
              </dc:creator>
            </xsl:if>
            <dc:language>
              <rdf:Bag><rdf:li><xsl:value-of select="/b:book/@xml:lang"/></rdf:li></rdf:Bag>
            </dc:language>
            <xsl:if test="$meta/b:description and not($single)">
              <dc:description>
                <rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="$meta/b:description"/></rdf:li></rdf:Alt>
              </dc:description>
            </xsl:if>
            <xsl:if test="$meta/b:rights">
              <dc:rights>
                <rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="$meta/b:rights"/></rdf:li></rdf:Alt>
              </dc:rights>
            </xsl:if>
            <xsl:if test="$meta/b:publisher">
              <dc:publisher>
                <rdf:Bag><rdf:li><xsl:value-of select="$meta/b:publisher"/></rdf:li></rdf:Bag>
              </dc:publisher>
            </xsl:if>
            <xsl:if test="$build.timestamp != ''">
              <xmp:CreateDate><xsl:value-of select="$build.timestamp"/></xmp:CreateDate>
              <xmp:ModifyDate><xsl:value-of select="$build.timestamp"/></xmp:ModifyDate>
              <xmp:MetadataDate><xsl:value-of select="$build.timestamp"/></xmp:MetadataDate>
            </xsl:if>
            <dc:identifier><xsl:value-of select="$meta/b:identifier"/></dc:identifier>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <!-- The PDF outline: user.front.bookmarks, contents, each column, sources, index, user.back.bookmarks; none
       when show.bookmarks is false. -->
  <xsl:template name="bookmarks">
    <xsl:if test="$show.bookmarks = 'true'">
      <fo:bookmark-tree>
        <xsl:call-template name="user.front.bookmarks"/>
        <xsl:if test="$show.toc = 'true'">
          <fo:bookmark internal-destination="toc">
            <fo:bookmark-title><xsl:call-template name="label"><xsl:with-param name="key" select="'contents'"/></xsl:call-template></fo:bookmark-title>
          </fo:bookmark>
        </xsl:if>
        <xsl:for-each select="b:column">
          <fo:bookmark internal-destination="{@id}">
            <fo:bookmark-title><xsl:value-of select="b:title"/></fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
        <xsl:if test="$show.sources = 'true' and b:column/b:source">
          <fo:bookmark internal-destination="sources">
            <fo:bookmark-title><xsl:call-template name="label"><xsl:with-param name="key" select="'sources'"/></xsl:call-template></fo:bookmark-title>
          </fo:bookmark>
        </xsl:if>
        <xsl:call-template name="index.bookmark"/>
        <xsl:call-template name="user.back.bookmarks"/>
      </fo:bookmark-tree>
    </xsl:if>
  </xsl:template>

  <!--
    API: bookmarks (PDF outline entries) for your own pages of user.front.pages, listed before the
    contents. Empty by default; override it with fo:bookmark elements whose internal-destination is the
    id of a block on your page (the context is b:book):
      <xsl:template name="user.front.bookmarks">
        <fo:bookmark internal-destination="foreword"><fo:bookmark-title>Foreword</fo:bookmark-title></fo:bookmark>
      </xsl:template>
  -->
  <xsl:template name="user.front.bookmarks"/>
  <!-- API: bookmarks for your own pages of user.back.pages, listed last; as user.front.bookmarks. -->
  <xsl:template name="user.back.bookmarks"/>
</xsl:stylesheet>
