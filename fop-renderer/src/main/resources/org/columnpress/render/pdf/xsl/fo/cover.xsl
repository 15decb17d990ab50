<?xml version="1.0" encoding="UTF-8"?>
<!--
  Columnpress cover stylesheet: cover XML (root b:cover, https://columnpress.org/ns/book/1) to one XSL-FO
  page, the full-wrap cover of a printed book: bleed + back + spine + front + bleed.

  Stable URI: https://columnpress.org/xsl/fo/cover.xsl, served from the Columnpress jar (never fetched).
  To customise, write your own stylesheet that does
      <xsl:import href="https://columnpress.org/xsl/fo/cover.xsl"/>
  and overrides any xsl:param, attribute set or template below. It imports the book's stylesheet
  (columnpress.xsl), so the blurb and bio are set by the same templates as a column's body, in the same
  fonts, and every parameter of that stylesheet (body.font.family, say) applies here too.

  The layout parameters (cover.width … cover.barcode.from.bottom) are set by Columnpress from the
  printer's cover calculator for the book's trim, paper and page count: leave them alone, or the cover no
  longer fits the book. Everything is placed from the trim's top left corner of the whole wrap (the back
  panel's outer trim); the bleed lies outside it. Colours are CMYK (cmyk(c,m,y,k), 0 to 1), which
  printers want; black text and the barcode print in black ink only (K 100).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <xsl:import href="columnpress.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- Layout, set by Columnpress from the printer profile (lengths, any unit length-in-mm reads). -->
  <!-- The whole page: bleed + back + spine + front + bleed. -->
  <xsl:param name="cover.width" select="'922.54pt'"/>
  <!-- The whole page: trim height + 2 x bleed. -->
  <xsl:param name="cover.height" select="'666pt'"/>
  <!-- Bleed beyond the trim on each side. -->
  <xsl:param name="cover.bleed" select="'9pt'"/>
  <!-- The back panel, outer trim to spine fold. -->
  <xsl:param name="cover.back.width" select="'432pt'"/>
  <!-- The spine, fold to fold. -->
  <xsl:param name="cover.spine.width" select="'40.54pt'"/>
  <!-- The front panel, spine fold to outer trim. -->
  <xsl:param name="cover.front.width" select="'432pt'"/>
  <!-- The printer's safe zone: text and barcode stay this far inside the trim and the spine folds. -->
  <xsl:param name="cover.safety" select="'9pt'"/>
  <!-- Spine text stays this far inside each spine fold. -->
  <xsl:param name="cover.spine.safety" select="'4.5pt'"/>
  <!-- Whether the spine carries title and author: true when the printer allows it at this page count. -->
  <xsl:param name="cover.spine.text" select="'true'"/>
  <!-- The barcode: 'print' (ours, from the b:barcode element), 'keep-clear' (the printer prints its own
       in the box: nothing of ours goes there) or 'none' (no box). -->
  <xsl:param name="cover.barcode" select="'keep-clear'"/>
  <!-- Width of the barcode box on the back. -->
  <xsl:param name="cover.barcode.width" select="'144pt'"/>
  <!-- Height of the barcode box on the back. -->
  <xsl:param name="cover.barcode.height" select="'86.4pt'"/>
  <!-- The barcode box's right edge from the spine fold. -->
  <xsl:param name="cover.barcode.from.spine" select="'18pt'"/>
  <!-- The barcode box's bottom edge from the bottom trim. -->
  <xsl:param name="cover.barcode.from.bottom" select="'18pt'"/>
  <!-- Which way the spine's text reads: 'down' (top to bottom, as English and Dutch books and ISO 6357
       have it: upright when the book lies face up) or 'up' (bottom to top, as many French and German
       books have it). -->
  <xsl:param name="cover.spine.reads" select="'down'"/>
  <!-- Font size of the spine's text; Columnpress computes one that fits the spine's width and height. -->
  <xsl:param name="cover.spine.font.size" select="'11pt'"/>

  <!-- Design. -->
  <!-- Margin of the text on front and back from the trim (and the spine fold); the printer's safe zone
       (cover.safety) is kept when it is larger. -->
  <xsl:param name="cover.margin" select="'0.55in'"/>
  <!-- A double rule around the typographic front: true or false. It sits inside the printer's safe zone
       but near the trim, where a cut 1/16 in off shows: leave it out for a printer that cuts loosely. -->
  <xsl:param name="cover.front.frame" select="'true'"/>
  <!-- Colour of the whole cover behind the text (the front image covers the front). -->
  <xsl:param name="cover.background.color" select="'cmyk(0.92,0.62,0.38,0.42)'"/>
  <!-- Colour of the cover's text. -->
  <xsl:param name="cover.text.color" select="'cmyk(0,0.02,0.1,0)'"/>
  <!-- Colour of the author's name, the rules and the publisher. -->
  <xsl:param name="cover.accent.color" select="'cmyk(0,0.3,0.72,0.04)'"/>
  <!-- Font family of title and author on front and spine. -->
  <xsl:param name="cover.title.font.family" select="$heading.font.family"/>
  <!-- Font size of the title on the front; empty: from the title's length (44pt for a short one). -->
  <xsl:param name="cover.title.font.size" select="''"/>
  <!-- Font size of the blurb on the back. -->
  <xsl:param name="cover.blurb.font.size" select="'11pt'"/>
  <!-- Distance between baselines of the blurb. -->
  <xsl:param name="cover.blurb.line.height" select="'15.5pt'"/>
  <!-- Width of the barcode's narrowest bar (one module): 0.33mm is 100 % of EAN-13's nominal size, and
       80 % (0.264mm) the smallest scanners are built for. Made smaller when the box is too narrow. -->
  <xsl:param name="cover.barcode.module" select="'0.297mm'"/>

  <!-- The layout in points, computed once. -->
  <xsl:variable name="W"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.width'"/><xsl:with-param name="length" select="$cover.width"/></xsl:call-template></xsl:variable>
  <xsl:variable name="H"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.height'"/><xsl:with-param name="length" select="$cover.height"/></xsl:call-template></xsl:variable>
  <xsl:variable name="B"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.bleed'"/><xsl:with-param name="length" select="$cover.bleed"/></xsl:call-template></xsl:variable>
  <xsl:variable name="BW"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.back.width'"/><xsl:with-param name="length" select="$cover.back.width"/></xsl:call-template></xsl:variable>
  <xsl:variable name="SW"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.spine.width'"/><xsl:with-param name="length" select="$cover.spine.width"/></xsl:call-template></xsl:variable>
  <xsl:variable name="FW"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.front.width'"/><xsl:with-param name="length" select="$cover.front.width"/></xsl:call-template></xsl:variable>
  <xsl:variable name="S"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.safety'"/><xsl:with-param name="length" select="$cover.safety"/></xsl:call-template></xsl:variable>
  <xsl:variable name="SS"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.spine.safety'"/><xsl:with-param name="length" select="$cover.spine.safety"/></xsl:call-template></xsl:variable>
  <xsl:variable name="margin.pt"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.margin'"/><xsl:with-param name="length" select="$cover.margin"/></xsl:call-template></xsl:variable>
  <xsl:variable name="BXW"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.barcode.width'"/><xsl:with-param name="length" select="$cover.barcode.width"/></xsl:call-template></xsl:variable>
  <xsl:variable name="BXH"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.barcode.height'"/><xsl:with-param name="length" select="$cover.barcode.height"/></xsl:call-template></xsl:variable>
  <xsl:variable name="BXR"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.barcode.from.spine'"/><xsl:with-param name="length" select="$cover.barcode.from.spine"/></xsl:call-template></xsl:variable>
  <xsl:variable name="BXB"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.barcode.from.bottom'"/><xsl:with-param name="length" select="$cover.barcode.from.bottom"/></xsl:call-template></xsl:variable>
  <xsl:variable name="module.wanted"><xsl:call-template name="cover-pt"><xsl:with-param name="name" select="'cover.barcode.module'"/><xsl:with-param name="length" select="$cover.barcode.module"/></xsl:call-template></xsl:variable>
  <!-- The trim of the whole wrap, and where the panels start. -->
  <xsl:variable name="TW" select="$W - 2 * $B"/>
  <xsl:variable name="TH" select="$H - 2 * $B"/>
  <xsl:variable name="spine.left" select="number($BW)"/>
  <xsl:variable name="front.left" select="$BW + $SW"/>
  <!-- The text margin: the design's, or the printer's safe zone when that is larger. -->
  <xsl:variable name="M" select="$margin.pt * ($margin.pt &gt;= $S) + $S * ($S &gt; $margin.pt)"/>

  <!-- The text of the back (blurb and bio). Columnpress reports text that does not fit this box, by how
       much, as an error; it finds the box by its id, cover-back-text. -->
  <xsl:attribute-set name="cover.back.text">
    <xsl:attribute name="font-size"><xsl:value-of select="$cover.blurb.font.size"/></xsl:attribute>
    <xsl:attribute name="line-height"><xsl:value-of select="$cover.blurb.line.height"/></xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$cover.text.color"/></xsl:attribute>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="hyphenate">true</xsl:attribute>
  </xsl:attribute-set>

  <!-- The author's bio on the back, after the blurb. -->
  <xsl:attribute-set name="cover.bio">
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="font-size">0.9em</xsl:attribute>
    <xsl:attribute name="space-before">14pt</xsl:attribute>
    <xsl:attribute name="padding-before">12pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- The title on the front. -->
  <xsl:attribute-set name="cover.title">
    <xsl:attribute name="font-family"><xsl:value-of select="$cover.title.font.family"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="line-height">1.1</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$cover.text.color"/></xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <!-- The subtitle on the front. -->
  <xsl:attribute-set name="cover.subtitle">
    <xsl:attribute name="font-family"><xsl:value-of select="$cover.title.font.family"/></xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="font-size">16pt</xsl:attribute>
    <xsl:attribute name="line-height">1.3</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$cover.text.color"/></xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <!-- The author's name on the front. -->
  <xsl:attribute-set name="cover.author">
    <xsl:attribute name="font-family"><xsl:value-of select="$cover.title.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">14pt</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.16em</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$cover.accent.color"/></xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <!-- The publisher, at the foot of front and back. -->
  <xsl:attribute-set name="cover.publisher">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.2em</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$cover.accent.color"/></xsl:attribute>
  </xsl:attribute-set>

  <!-- The price on the back, under the publisher. -->
  <xsl:attribute-set name="cover.price">
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$cover.text.color"/></xsl:attribute>
  </xsl:attribute-set>

  <!-- The spine's title; the author follows in the accent colour. -->
  <xsl:attribute-set name="cover.spine">
    <xsl:attribute name="font-family"><xsl:value-of select="$cover.title.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size"><xsl:value-of select="$cover.spine.font.size"/></xsl:attribute>
    <xsl:attribute name="line-height">1</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$cover.text.color"/></xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="white-space-collapse">false</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/b:cover">
    <fo:root xml:lang="{@xml:lang}" language="{@xml:lang}" font-family="{$body.font.family}">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="cover" page-width="{$TW}pt" page-height="{$TH}pt"
            fox:bleed="{$B}pt">
          <fo:region-body/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta>
          <rdf:RDF>
            <rdf:Description rdf:about="">
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="b:meta/b:title"/></rdf:li></rdf:Alt></dc:title>
              <xsl:if test="b:meta/b:author">
                <dc:creator><rdf:Seq><xsl:for-each select="b:meta/b:author"><rdf:li><xsl:value-of select="."/></rdf:li></xsl:for-each></rdf:Seq></dc:creator>
              </xsl:if>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="cover">
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="cover.box">
            <xsl:with-param name="left" select="-$B"/><xsl:with-param name="top" select="-$B"/>
            <xsl:with-param name="width" select="$W"/><xsl:with-param name="height" select="$H"/>
            <xsl:with-param name="fill" select="$cover.background.color"/>
          </xsl:call-template>
          <xsl:apply-templates select="." mode="cover.back"/>
          <xsl:if test="$cover.spine.text = 'true'">
            <xsl:apply-templates select="." mode="cover.spine"/>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="b:front-image"><xsl:apply-templates select="b:front-image" mode="cover.front"/></xsl:when>
            <xsl:otherwise><xsl:apply-templates select="." mode="cover.front"/></xsl:otherwise>
          </xsl:choose>
          <fo:block/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- API: the typographic front (no cover image): author at the top, title and subtitle in the middle,
       publisher at the foot, inside a double rule. Context: b:cover. -->
  <xsl:template match="b:cover" mode="cover.front">
    <xsl:variable name="left" select="$front.left + $M"/>
    <xsl:variable name="width" select="$FW - 2 * $M"/>
    <xsl:variable name="frame" select="$M * 0.55"/>
    <xsl:if test="$cover.front.frame = 'true'">
      <fo:block-container absolute-position="fixed" left="{$front.left + $frame}pt" top="{$frame}pt"
          width="{$FW - 2 * $frame}pt" height="{$TH - 2 * $frame}pt"
          border="0.6pt solid {$cover.accent.color}" padding="3pt">
        <fo:block-container height="{$TH - 2 * $frame - 6}pt" border="0.3pt solid {$cover.accent.color}">
          <fo:block/>
        </fo:block-container>
      </fo:block-container>
    </xsl:if>
    <fo:block-container absolute-position="fixed" left="{$left}pt" top="{$M + 0.12 * $TH}pt" width="{$width}pt">
      <fo:block xsl:use-attribute-sets="cover.author">
        <!-- An anthology without authors keeps the line empty, so the title stays where it is. -->
        <xsl:value-of select="translate(b:meta/b:authors, 'abcdefghijklmnopqrstuvwxyzàáâäèéêëìíîïòóôöùúûüçñ', 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑ')"/>
      </fo:block>
    </fo:block-container>
    <fo:block-container absolute-position="fixed" left="{$left}pt" top="{$M + 0.12 * $TH + 40}pt" width="{$width}pt"
        height="{$TH - 2 * $M - 0.12 * $TH - 80}pt" display-align="center">
      <fo:block xsl:use-attribute-sets="cover.title">
        <xsl:attribute name="font-size">
          <xsl:call-template name="cover.title.size"><xsl:with-param name="title" select="b:meta/b:title"/></xsl:call-template>
        </xsl:attribute>
        <xsl:value-of select="b:meta/b:title"/>
      </fo:block>
      <fo:block space-before="20pt" space-after="20pt" text-align="center" line-height="0" font-size="0pt">
        <fo:leader leader-pattern="rule" leader-length="54pt" rule-thickness="1.2pt" color="{$cover.accent.color}"/>
      </fo:block>
      <xsl:if test="b:meta/b:subtitle">
        <fo:block xsl:use-attribute-sets="cover.subtitle"><xsl:value-of select="b:meta/b:subtitle"/></fo:block>
      </xsl:if>
    </fo:block-container>
    <xsl:if test="b:meta/b:publisher">
      <fo:block-container absolute-position="fixed" left="{$left}pt" top="{$TH - $M - 14}pt" width="{$width}pt">
        <fo:block xsl:use-attribute-sets="cover.publisher" text-align="center">
          <xsl:value-of select="translate(b:meta/b:publisher, 'abcdefghijklmnopqrstuvwxyzàáâäèéêëìíîïòóôöùúûüçñ', 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑ')"/>
        </fo:block>
      </fo:block-container>
    </xsl:if>
  </xsl:template>

  <!-- The title's font size from its length: what fits the front in at most three or four lines. -->
  <xsl:template name="cover.title.size">
    <xsl:param name="title"/>
    <xsl:variable name="n" select="string-length($title)"/>
    <xsl:choose>
      <xsl:when test="normalize-space($cover.title.font.size) != ''"><xsl:value-of select="$cover.title.font.size"/></xsl:when>
      <xsl:when test="$n &lt;= 14">46pt</xsl:when>
      <xsl:when test="$n &lt;= 28">40pt</xsl:when>
      <xsl:when test="$n &lt;= 48">32pt</xsl:when>
      <xsl:otherwise>26pt</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- API: the front as the book's cover image, scaled to cover the front panel and its bleed (top,
       bottom and outer edge) and centred, what does not fit cut off. Context: b:front-image, with the
       image's width and height in pixels. -->
  <xsl:template match="b:front-image" mode="cover.front">
    <xsl:variable name="box.w" select="$FW + $B"/>
    <xsl:variable name="box.h" select="number($H)"/>
    <xsl:variable name="scale.w" select="$box.w div @width"/>
    <xsl:variable name="scale.h" select="$box.h div @height"/>
    <xsl:variable name="scale" select="$scale.w * ($scale.w &gt;= $scale.h) + $scale.h * ($scale.h &gt; $scale.w)"/>
    <fo:block-container absolute-position="fixed" left="{$front.left}pt" top="{-$B}pt" width="{$box.w}pt"
        height="{$box.h}pt" overflow="hidden">
      <fo:block line-height="0" font-size="0pt" text-align="center">
        <fo:external-graphic src="url('{@src}')" width="{$box.w}pt" height="{$box.h}pt"
            content-width="{@width * $scale}pt" content-height="{@height * $scale}pt" overflow="hidden"
            text-align="center" display-align="center" fox:alt-text="Cover"/>
      </fo:block>
    </fo:block-container>
  </xsl:template>

  <!-- API: the spine: title and author on one line, reading from top to bottom (as the English and Dutch
       book trade reads a spine: the text is upright when the book lies face up), centred between the
       folds. Called only when cover.spine.text is true. Context: b:cover. -->
  <xsl:template match="b:cover" mode="cover.spine">
    <!-- FOP takes width and height of a rotated container in its own, rotated frame: width runs along the spine. -->
    <fo:block-container absolute-position="fixed" left="{$spine.left + $SS}pt" top="{$S}pt"
        width="{$TH - 2 * $S}pt" height="{$SW - 2 * $SS}pt" display-align="center">
      <xsl:attribute name="reference-orientation">
        <xsl:choose>
          <xsl:when test="$cover.spine.reads = 'up'">90</xsl:when>
          <xsl:when test="$cover.spine.reads = 'down'">-90</xsl:when>
          <xsl:otherwise>
            <xsl:message terminate="yes">Stylesheet parameter 'cover.spine.reads' is '<xsl:value-of
                select="$cover.spine.reads"/>': write down (top to bottom) or up (bottom to top).</xsl:message>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <fo:block xsl:use-attribute-sets="cover.spine">
        <fo:inline font-weight="bold"><xsl:value-of select="b:meta/b:title"/></fo:inline>
        <xsl:if test="normalize-space(b:meta/b:authors) != ''">
          <fo:inline>&#x2003;&#x2003;</fo:inline>
          <fo:inline color="{$cover.accent.color}"><xsl:value-of select="b:meta/b:authors"/></fo:inline>
        </xsl:if>
      </fo:block>
    </fo:block-container>
  </xsl:template>

  <!-- API: the back: blurb and bio in the box cover-back-text (above the barcode), publisher and price at
       the foot, and the barcode. Context: b:cover. -->
  <xsl:template match="b:cover" mode="cover.back">
    <xsl:variable name="foot" select="24"/>
    <xsl:variable name="bottom">
      <xsl:choose>
        <xsl:when test="$cover.barcode = 'none'"><xsl:value-of select="$TH - $M - $foot - 12"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$TH - $BXB - $BXH - 14"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:block-container id="cover-back-text" absolute-position="fixed" left="{$M}pt" top="{$M}pt"
        width="{$BW - 2 * $M}pt" height="{$bottom - $M}pt" xsl:use-attribute-sets="cover.back.text">
      <xsl:apply-templates select="b:blurb/*"/>
      <xsl:if test="b:bio">
        <fo:block xsl:use-attribute-sets="cover.bio">
          <fo:block text-align="start" line-height="0" font-size="0pt" space-after="10pt">
            <fo:leader leader-pattern="rule" leader-length="36pt" rule-thickness="0.8pt" color="{$cover.accent.color}"/>
          </fo:block>
          <xsl:apply-templates select="b:bio/*"/>
        </fo:block>
      </xsl:if>
      <fo:block/>
    </fo:block-container>
    <fo:block-container absolute-position="fixed" left="{$M}pt" top="{$TH - $M - $foot}pt"
        width="{$BW - 2 * $M - $BXW * ($cover.barcode != 'none')}pt" height="{$foot}pt" display-align="after">
      <xsl:if test="b:meta/b:publisher">
        <fo:block xsl:use-attribute-sets="cover.publisher">
          <xsl:value-of select="translate(b:meta/b:publisher, 'abcdefghijklmnopqrstuvwxyzàáâäèéêëìíîïòóôöùúûüçñ', 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑ')"/>
        </fo:block>
      </xsl:if>
      <xsl:if test="b:price">
        <fo:block xsl:use-attribute-sets="cover.price" space-before="3pt"><xsl:value-of select="b:price"/></fo:block>
      </xsl:if>
      <fo:block/>
    </fo:block-container>
    <xsl:if test="$cover.barcode = 'print' and b:barcode">
      <xsl:apply-templates select="b:barcode"/>
    </xsl:if>
  </xsl:template>

  <!-- API: the ISBN barcode (EAN-13, with its price add-on when there is one) in black ink on a white
       box, with the ISBN above and the digits below, as the book trade prints it. Context: b:barcode,
       whose bars are counted in modules. -->
  <xsl:template match="b:barcode">
    <xsl:variable name="box.left" select="$BW - $BXR - $BXW"/>
    <xsl:variable name="box.top" select="$TH - $BXB - $BXH"/>
    <!-- Modules across: quiet zone 11, the symbol, then 7 (no add-on) or a 9-module gap, the add-on and 5. -->
    <xsl:variable name="across">
      <xsl:choose>
        <xsl:when test="b:add-on"><xsl:value-of select="11 + @modules + 9 + b:add-on/@modules + 5"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="11 + @modules + 7"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="fit" select="($BXW - 8) div $across"/>
    <xsl:variable name="m" select="$module.wanted * ($module.wanted &lt;= $fit) + $fit * ($fit &lt; $module.wanted)"/>
    <xsl:variable name="x0" select="$box.left + ($BXW - $across * $m) div 2 + 11 * $m"/>
    <xsl:variable name="digits.h" select="9.5 * $m * 1.2"/>
    <xsl:variable name="top" select="$box.top + 4 + $digits.h"/>
    <xsl:variable name="bars.h" select="$BXH - 8 - 2 * $digits.h"/>
    <xsl:variable name="guard.h" select="$bars.h + $digits.h * 0.5"/>
    <xsl:variable name="black" select="'cmyk(0,0,0,1)'"/>
    <xsl:variable name="font" select="concat(format-number(9.5 * $m, '0.##'), 'pt')"/>
    <fo:block-container absolute-position="fixed" left="{$box.left}pt" top="{$box.top}pt" width="{$BXW}pt"
        height="{$BXH}pt" background-color="cmyk(0,0,0,0)">
      <fo:block/>
    </fo:block-container>
    <fo:block-container absolute-position="fixed" left="{$x0 - 11 * $m}pt" top="{$box.top + 3}pt"
        width="{(11 + @modules + 7) * $m}pt">
      <fo:block font-family="{$mono.font.family}" font-size="{$font}" color="{$black}" text-align="center"
          line-height="1.2">ISBN <xsl:value-of select="@digits"/></fo:block>
    </fo:block-container>
    <xsl:for-each select="b:bar">
      <fo:block-container absolute-position="fixed" left="{$x0 + @x * $m}pt" top="{$top}pt" width="{@w * $m}pt"
          height="{$bars.h + ($guard.h - $bars.h) * (@guard = 'true')}pt" background-color="{$black}">
        <fo:block/>
      </fo:block-container>
    </xsl:for-each>
    <!-- Human-readable digits: the first left of the start guard, then six under each half. -->
    <xsl:call-template name="cover.barcode.digit">
      <xsl:with-param name="digit" select="substring(@digits, 1, 1)"/>
      <xsl:with-param name="left" select="$x0 - 8 * $m"/><xsl:with-param name="m" select="$m"/>
      <xsl:with-param name="top" select="$top + $bars.h"/><xsl:with-param name="font" select="$font"/>
    </xsl:call-template>
    <xsl:variable name="digits" select="@digits"/>
    <xsl:for-each select="b:bar[position() &lt;= 12]">
      <xsl:variable name="i" select="position()"/>
      <xsl:call-template name="cover.barcode.digit">
        <xsl:with-param name="digit" select="substring($digits, $i + 1, 1)"/>
        <xsl:with-param name="left" select="$x0 + (3 + 7 * ($i - 1) + 5 * ($i &gt; 6)) * $m"/>
        <xsl:with-param name="m" select="$m"/>
        <xsl:with-param name="top" select="$top + $bars.h"/><xsl:with-param name="font" select="$font"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="b:add-on">
      <xsl:variable name="a0" select="$x0 + (../@modules + 9) * $m"/>
      <fo:block-container absolute-position="fixed" left="{$a0}pt" top="{$box.top + 3}pt" width="{@modules * $m}pt">
        <fo:block font-family="{$mono.font.family}" font-size="{$font}" color="{$black}" text-align="center"
            line-height="1.2" letter-spacing="{2.4 * $m}pt"><xsl:value-of select="@digits"/></fo:block>
      </fo:block-container>
      <xsl:for-each select="b:bar">
        <fo:block-container absolute-position="fixed" left="{$a0 + @x * $m}pt" top="{$top}pt" width="{@w * $m}pt"
            height="{$guard.h}pt" background-color="{$black}">
          <fo:block/>
        </fo:block-container>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- One human-readable digit of the barcode, seven modules wide. -->
  <xsl:template name="cover.barcode.digit">
    <xsl:param name="digit"/>
    <xsl:param name="left"/>
    <xsl:param name="m"/>
    <xsl:param name="top"/>
    <xsl:param name="font"/>
    <fo:block-container absolute-position="fixed" left="{$left}pt" top="{$top}pt" width="{7 * $m}pt">
      <fo:block font-family="{$mono.font.family}" font-size="{$font}" color="cmyk(0,0,0,1)" text-align="center"
          line-height="1.2"><xsl:value-of select="$digit"/></fo:block>
    </fo:block-container>
  </xsl:template>

  <!-- A rectangle at a place on the page, in points from the wrap's top left trim corner. -->
  <xsl:template name="cover.box">
    <xsl:param name="left"/>
    <xsl:param name="top"/>
    <xsl:param name="width"/>
    <xsl:param name="height"/>
    <xsl:param name="fill"/>
    <fo:block-container absolute-position="fixed" left="{$left}pt" top="{$top}pt" width="{$width}pt"
        height="{$height}pt" background-color="{$fill}">
      <fo:block/>
    </fo:block-container>
  </xsl:template>

  <!-- A layout parameter in points, read by length-in-pt (so any unit it knows will do). -->
  <xsl:template name="cover-pt">
    <xsl:param name="name"/>
    <xsl:param name="length"/>
    <xsl:call-template name="length-in-pt">
      <xsl:with-param name="length" select="$length"/><xsl:with-param name="param" select="$name"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
