<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline markup: emphasis, strong, code, live links, hard line breaks, and footnotes, which FOP sets at
  the foot of the page where they are referenced.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <!-- Colour of link text; 'inherit' keeps links in the text colour, as print wants. -->
  <xsl:param name="link.color" select="'inherit'"/>

  <!-- Inline code. Its spaces keep their width in a justified line (word-spacing 0pt). -->
  <xsl:attribute-set name="code.inline">
    <xsl:attribute name="font-family"><xsl:value-of select="$mono.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">0.88em</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <!-- A length, not 'normal': FOP then keeps the code's spaces at their own width in a justified line
         (so `net 30` does not print as "net     30"); the words around the code still take the slack. -->
    <xsl:attribute name="word-spacing">0pt</xsl:attribute>
  </xsl:attribute-set>
  <!-- A URL printed in the text (a word that contains "://" or starts with "www."). FOP takes hyphenate
       from the paragraph, not from an inline, so it may still hyphenate a piece of a URL where that
       fits best; the hyphenation character, which it does take from the inline, is then a zero-width
       space (U+200B): a URL gets no hyphen that is not in it. (A font without that character, unlike
       Literata, makes FOP print a hyphen after all, with a warning in the log.) -->
  <xsl:attribute-set name="url">
    <xsl:attribute name="hyphenation-character">&#8203;</xsl:attribute>
  </xsl:attribute-set>
  <!-- A link. -->
  <xsl:attribute-set name="link">
    <xsl:attribute name="color"><xsl:value-of select="$link.color"/></xsl:attribute>
  </xsl:attribute-set>
  <!-- The footnote number in the text. -->
  <xsl:attribute-set name="footnote.ref">
    <xsl:attribute name="font-size">0.7em</xsl:attribute>
    <xsl:attribute name="baseline-shift">super</xsl:attribute>
    <xsl:attribute name="line-height">0</xsl:attribute>
  </xsl:attribute-set>
  <!-- The text of a footnote at the foot of the page. -->
  <xsl:attribute-set name="footnote.body">
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="line-height">10.5pt</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="start-indent">0pt</xsl:attribute>
    <xsl:attribute name="end-indent">0pt</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="space-after">2pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="b:em">
    <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="b:strong">
    <fo:inline font-weight="bold"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="b:em/b:em">
    <fo:inline font-style="normal"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="b:tt">
    <fo:inline xsl:use-attribute-sets="code.inline"><xsl:value-of select="."/></fo:inline>
  </xsl:template>

  <xsl:template match="b:br">
    <fo:block/>
  </xsl:template>

  <!-- Where an occurrence of an index term begins: an anchor the index links to; prints nothing. An
       fo:wrapper, not an empty fo:inline: FOP 2.11 fails (a NullPointerException) when it hyphenates a
       paragraph in which an emphasis holds an empty fo:inline. -->
  <xsl:template match="b:ix">
    <fo:wrapper id="{@id}"/>
  </xsl:template>

  <xsl:template match="b:link">
    <xsl:choose>
      <xsl:when test="$links.clickable = 'false'">
        <fo:inline xsl:use-attribute-sets="link"><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <fo:basic-link external-destination="url('{@href}')" fox:alt-text="{@href}" xsl:use-attribute-sets="link">
          <xsl:apply-templates/>
        </fo:basic-link>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    Text with a URL in it: the URL may break after / . - ? and &amp; without a hyphen (a zero-width space
    there, which prints nothing and copies as nothing), so that a long URL does not push the line before
    it into wide gaps. Only the printed words change; a link's target stays as written.
  -->
  <xsl:template match="text()[contains(., '://') or contains(., 'www.')]">
    <xsl:call-template name="url.words"><xsl:with-param name="text" select="."/></xsl:call-template>
  </xsl:template>

  <xsl:template name="url.words">
    <xsl:param name="text"/>
    <xsl:variable name="word">
      <xsl:choose>
        <xsl:when test="contains($text, ' ')"><xsl:value-of select="substring-before($text, ' ')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="contains($word, '://') or starts-with($word, 'www.') or contains($word, '(www.')">
        <fo:inline xsl:use-attribute-sets="url">
          <xsl:call-template name="url.breaks"><xsl:with-param name="url" select="$word"/></xsl:call-template>
        </fo:inline>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$word"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="contains($text, ' ')">
      <xsl:text> </xsl:text>
      <xsl:call-template name="url.words">
        <xsl:with-param name="text" select="substring-after($text, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The URL with a zero-width space after each / . - ? &amp; that has more of the URL after it (not
       inside "//", not before the punctuation that ends a sentence). -->
  <xsl:template name="url.breaks">
    <xsl:param name="url"/>
    <xsl:variable name="c" select="substring($url, 1, 1)"/>
    <xsl:variable name="next" select="substring($url, 2, 1)"/>
    <xsl:variable name="ends">/.-?&amp;,;:!)]"'”’</xsl:variable>
    <xsl:value-of select="$c"/>
    <xsl:if test="contains('/.-?&amp;', $c) and $next != '' and not(contains($ends, $next))">
      <xsl:text>&#8203;</xsl:text>
    </xsl:if>
    <xsl:if test="$next != ''">
      <xsl:call-template name="url.breaks"><xsl:with-param name="url" select="substring($url, 2)"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="b:fnref">
    <xsl:variable name="note" select="key('footnote', concat(ancestor::b:column/@id, '#', @n))"/>
    <xsl:choose>
      <xsl:when test="$note">
        <fo:footnote role="Reference">
          <fo:inline xsl:use-attribute-sets="footnote.ref"><xsl:value-of select="@n"/></fo:inline>
          <fo:footnote-body>
            <fo:list-block xsl:use-attribute-sets="footnote.body" provisional-distance-between-starts="1.6em"
                provisional-label-separation="0.3em">
              <fo:list-item>
                <fo:list-item-label end-indent="label-end()">
                  <fo:block><xsl:value-of select="@n"/></fo:block>
                </fo:list-item-label>
                <fo:list-item-body start-indent="body-start()">
                  <fo:block><xsl:apply-templates select="$note/*"/></fo:block>
                </fo:list-item-body>
              </fo:list-item>
            </fo:list-block>
          </fo:footnote-body>
        </fo:footnote>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline xsl:use-attribute-sets="footnote.ref"><xsl:value-of select="@n"/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
