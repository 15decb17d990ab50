<?xml version="1.0" encoding="UTF-8"?>
<!--
  Page geometry and page masters. The book uses mirrored margins (inner and outer), running heads and
  folios; title pages, column openers and blank pages carry neither. A column's own PDF (setting
  pdf.columns) uses the column.page.* geometry instead.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:svg="http://www.w3.org/2000/svg"
    xmlns:b="https://columnpress.org/ns/book/1"
    exclude-result-prefixes="b">

  <!-- Width of the book page, its trim size (setting pdf.trim sets width and height; A5 by default). -->
  <xsl:param name="page.width" select="'148mm'"/>
  <!-- Height of the book page, its trim size (setting pdf.trim). -->
  <xsl:param name="page.height" select="'210mm'"/>
  <!-- Margin from the top edge of the book page to the running head. -->
  <xsl:param name="margin.top" select="'13mm'"/>
  <!-- Margin from the bottom edge of the book page to the folio. -->
  <xsl:param name="margin.bottom" select="'13mm'"/>
  <!-- Inner margin of the book page, at the spine. -->
  <xsl:param name="margin.inner" select="'19mm'"/>
  <!-- Outer margin of the book page, at the fore-edge. -->
  <xsl:param name="margin.outer" select="'15mm'"/>
  <!-- Room for the running head above the text. -->
  <xsl:param name="header.height" select="'10mm'"/>
  <!-- Room for the folio (page number) below the text. -->
  <xsl:param name="footer.height" select="'10mm'"/>
  <!-- Bleed beyond the trim on every side (setting pdf.bleed), such as 3mm; empty for none. -->
  <xsl:param name="bleed" select="''"/>
  <!-- Print crop marks outside the bleed: true or false (setting pdf.crop-marks). -->
  <xsl:param name="crop.marks" select="'false'"/>
  <!-- Length of each crop mark. -->
  <xsl:param name="crop.mark.length" select="'6mm'"/>
  <!-- Distance of the crop marks from the trim, beyond the bleed. -->
  <xsl:param name="crop.mark.gap" select="'3mm'"/>
  <!-- Bleed at the top edge of the book page, where it differs from bleed (a printer may want bleed on
       some edges only): a length such as 0.125in, or 0 for none; empty: bleed. -->
  <xsl:param name="bleed.top" select="''"/>
  <!-- Bleed at the bottom edge of the book page; empty: bleed. -->
  <xsl:param name="bleed.bottom" select="''"/>
  <!-- Bleed at the outside edge (the fore-edge: right on right-hand pages, left on left-hand pages);
       empty: bleed. -->
  <xsl:param name="bleed.outside" select="''"/>
  <!-- Bleed at the inside edge, at the spine (0 for a bound book that a printer trims on three sides);
       empty: bleed. -->
  <xsl:param name="bleed.inside" select="''"/>
  <!-- The smallest inner margin a printer allows (its gutter for the page count), such as 0.5in: a smaller
       margin.inner grows to it. Empty: none. -->
  <xsl:param name="margin.inner.minimum" select="''"/>
  <!-- The smallest outer margin a printer allows (a smaller margin.outer grows to it); empty: none. -->
  <xsl:param name="margin.outer.minimum" select="''"/>
  <!-- The smallest top margin a printer allows (a smaller margin.top grows to it); empty: none. -->
  <xsl:param name="margin.top.minimum" select="''"/>
  <!-- The smallest bottom margin a printer allows (a smaller margin.bottom grows to it); empty: none. -->
  <xsl:param name="margin.bottom.minimum" select="''"/>

  <!-- Page width of a column's own PDF (setting pdf.columns). -->
  <xsl:param name="column.page.width" select="'210mm'"/>
  <!-- Page height of a column's own PDF. -->
  <xsl:param name="column.page.height" select="'297mm'"/>
  <!-- Top margin of a column's own PDF. -->
  <xsl:param name="column.margin.top" select="'20mm'"/>
  <!-- Bottom margin of a column's own PDF. -->
  <xsl:param name="column.margin.bottom" select="'18mm'"/>
  <!-- Left margin of a column's own PDF. -->
  <xsl:param name="column.margin.left" select="'30mm'"/>
  <!-- Right margin of a column's own PDF. -->
  <xsl:param name="column.margin.right" select="'30mm'"/>

  <!-- The running head: the book title on left-hand pages, the column title on right-hand pages. -->
  <xsl:attribute-set name="running.head">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.02em</xsl:attribute>
  </xsl:attribute-set>
  <!-- The folio: the page number at the foot of the page. -->
  <xsl:attribute-set name="folio">
    <xsl:attribute name="font-family"><xsl:value-of select="$body.font.family"/></xsl:attribute>
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="display-align">after</xsl:attribute>
  </xsl:attribute-set>

  <!-- The page geometry in millimetres (length-in-mm, in lengths.xsl): the crop marks compute with it,
       and FOP is given these readings, so that px is a CSS pixel (1/96 in) here as in the settings. -->
  <xsl:variable name="page.width.mm">
    <xsl:call-template name="length-in-mm">
      <xsl:with-param name="length" select="$page.width"/><xsl:with-param name="param" select="'page.width'"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="page.height.mm">
    <xsl:call-template name="length-in-mm">
      <xsl:with-param name="length" select="$page.height"/><xsl:with-param name="param" select="'page.height'"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="bleed.mm">
    <xsl:choose>
      <xsl:when test="normalize-space($bleed) = ''">0</xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="length-in-mm">
          <xsl:with-param name="length" select="$bleed"/><xsl:with-param name="param" select="'bleed'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="crop.gap.mm">
    <xsl:call-template name="length-in-mm">
      <xsl:with-param name="length" select="$crop.mark.gap"/><xsl:with-param name="param" select="'crop.mark.gap'"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="crop.length.mm">
    <xsl:call-template name="length-in-mm">
      <xsl:with-param name="length" select="$crop.mark.length"/><xsl:with-param name="param" select="'crop.mark.length'"/>
    </xsl:call-template>
  </xsl:variable>
  <!-- The distance of the media box from the trim: bleed, plus room for crop marks. -->
  <xsl:variable name="crop.offset.mm" select="$bleed.mm + ($crop.marks = 'true') * ($crop.gap.mm + $crop.length.mm + 1)"/>

  <!-- Bleed per edge in millimetres (bleed.top ... bleed.inside, else bleed). -->
  <xsl:variable name="bleed.top.mm">
    <xsl:call-template name="edge-bleed-mm"><xsl:with-param name="edge" select="'top'"/><xsl:with-param name="length" select="$bleed.top"/></xsl:call-template>
  </xsl:variable>
  <xsl:variable name="bleed.bottom.mm">
    <xsl:call-template name="edge-bleed-mm"><xsl:with-param name="edge" select="'bottom'"/><xsl:with-param name="length" select="$bleed.bottom"/></xsl:call-template>
  </xsl:variable>
  <xsl:variable name="bleed.outside.mm">
    <xsl:call-template name="edge-bleed-mm"><xsl:with-param name="edge" select="'outside'"/><xsl:with-param name="length" select="$bleed.outside"/></xsl:call-template>
  </xsl:variable>
  <xsl:variable name="bleed.inside.mm">
    <xsl:call-template name="edge-bleed-mm"><xsl:with-param name="edge" select="'inside'"/><xsl:with-param name="length" select="$bleed.inside"/></xsl:call-template>
  </xsl:variable>
  <!-- Room for the crop marks beyond the bleed, on every side. -->
  <xsl:variable name="crop.room.mm" select="($crop.marks = 'true') * ($crop.gap.mm + $crop.length.mm + 1)"/>
  <!-- Left-hand pages need crop marks of their own when the bleed differs at the outside and the inside. -->
  <xsl:variable name="crop.marks.mirrored" select="$crop.marks = 'true' and number($bleed.outside.mm) != number($bleed.inside.mm)"/>
  <!-- The margins the pages get: margin.* as set, grown to margin.*.minimum when that is larger. -->
  <xsl:variable name="margin.inner.used">
    <xsl:call-template name="margin-used"><xsl:with-param name="margin" select="$margin.inner"/>
      <xsl:with-param name="minimum" select="$margin.inner.minimum"/><xsl:with-param name="param" select="'margin.inner'"/></xsl:call-template>
  </xsl:variable>
  <xsl:variable name="margin.outer.used">
    <xsl:call-template name="margin-used"><xsl:with-param name="margin" select="$margin.outer"/>
      <xsl:with-param name="minimum" select="$margin.outer.minimum"/><xsl:with-param name="param" select="'margin.outer'"/></xsl:call-template>
  </xsl:variable>
  <xsl:variable name="margin.top.used">
    <xsl:call-template name="margin-used"><xsl:with-param name="margin" select="$margin.top"/>
      <xsl:with-param name="minimum" select="$margin.top.minimum"/><xsl:with-param name="param" select="'margin.top'"/></xsl:call-template>
  </xsl:variable>
  <xsl:variable name="margin.bottom.used">
    <xsl:call-template name="margin-used"><xsl:with-param name="margin" select="$margin.bottom"/>
      <xsl:with-param name="minimum" select="$margin.bottom.minimum"/><xsl:with-param name="param" select="'margin.bottom'"/></xsl:call-template>
  </xsl:variable>

  <xsl:template name="edge-bleed-mm">
    <xsl:param name="edge"/>
    <xsl:param name="length"/>
    <xsl:choose>
      <xsl:when test="normalize-space($length) = ''"><xsl:value-of select="$bleed.mm"/></xsl:when>
      <xsl:when test="normalize-space($length) = '0'">0</xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="length-in-mm">
          <xsl:with-param name="length" select="$length"/><xsl:with-param name="param" select="concat('bleed.', $edge)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A margin as set, or its minimum (in millimetres) when that is larger; as set when there is none. -->
  <xsl:template name="margin-used">
    <xsl:param name="margin"/>
    <xsl:param name="minimum"/>
    <xsl:param name="param"/>
    <xsl:choose>
      <xsl:when test="normalize-space($minimum) = ''"><xsl:value-of select="$margin"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="set.mm">
          <xsl:call-template name="length-in-mm">
            <xsl:with-param name="length" select="$margin"/><xsl:with-param name="param" select="$param"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="minimum.mm">
          <xsl:call-template name="length-in-mm">
            <xsl:with-param name="length" select="$minimum"/><xsl:with-param name="param" select="concat($param, '.minimum')"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="number($minimum.mm) &gt; number($set.mm)"><xsl:value-of select="format-number($minimum.mm, '0.######')"/>mm</xsl:when>
          <xsl:otherwise><xsl:value-of select="$margin"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="layout-master-set">
    <fo:layout-master-set>
      <!-- Title pages keep the right-hand page's margins on both sides; only their bleed is mirrored. -->
      <xsl:call-template name="page-master"><xsl:with-param name="name" select="'title-recto'"/>
        <xsl:with-param name="left" select="$margin.inner.used"/><xsl:with-param name="right" select="$margin.outer.used"/>
        <xsl:with-param name="before" select="'blank-before'"/><xsl:with-param name="after" select="'blank-after'"/>
      </xsl:call-template>
      <xsl:call-template name="page-master"><xsl:with-param name="name" select="'title-verso'"/>
        <xsl:with-param name="left" select="$margin.inner.used"/><xsl:with-param name="right" select="$margin.outer.used"/>
        <xsl:with-param name="before" select="'blank-before'"/><xsl:with-param name="after" select="'blank-after'"/>
        <xsl:with-param name="side" select="'verso'"/>
      </xsl:call-template>
      <fo:page-sequence-master master-name="title">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="title-recto" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="title-verso" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <xsl:call-template name="page-master"><xsl:with-param name="name" select="'recto'"/>
        <xsl:with-param name="left" select="$margin.inner.used"/><xsl:with-param name="right" select="$margin.outer.used"/>
        <xsl:with-param name="before" select="'head-recto'"/><xsl:with-param name="after" select="'foot'"/>
      </xsl:call-template>
      <xsl:call-template name="page-master"><xsl:with-param name="name" select="'verso'"/>
        <xsl:with-param name="left" select="$margin.outer.used"/><xsl:with-param name="right" select="$margin.inner.used"/>
        <xsl:with-param name="before" select="'head-verso'"/><xsl:with-param name="after" select="'foot'"/>
        <xsl:with-param name="side" select="'verso'"/>
      </xsl:call-template>
      <xsl:call-template name="page-master"><xsl:with-param name="name" select="'opener-recto'"/>
        <xsl:with-param name="left" select="$margin.inner.used"/><xsl:with-param name="right" select="$margin.outer.used"/>
        <xsl:with-param name="before" select="'blank-before'"/><xsl:with-param name="after" select="'blank-after'"/>
      </xsl:call-template>
      <xsl:call-template name="page-master"><xsl:with-param name="name" select="'opener-verso'"/>
        <xsl:with-param name="left" select="$margin.outer.used"/><xsl:with-param name="right" select="$margin.inner.used"/>
        <xsl:with-param name="before" select="'blank-before'"/><xsl:with-param name="after" select="'blank-after'"/>
        <xsl:with-param name="side" select="'verso'"/>
      </xsl:call-template>
      <fo:page-sequence-master master-name="chapter">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="opener-recto" page-position="first" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="opener-verso" page-position="first" odd-or-even="even"/>
          <fo:conditional-page-master-reference master-reference="opener-recto" blank-or-not-blank="blank" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="opener-verso" blank-or-not-blank="blank" odd-or-even="even"/>
          <fo:conditional-page-master-reference master-reference="recto" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="verso" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <!-- The later page sequences of a very long column: running heads from the first page on. -->
      <fo:page-sequence-master master-name="chapter-continued">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="opener-recto" blank-or-not-blank="blank" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="opener-verso" blank-or-not-blank="blank" odd-or-even="even"/>
          <fo:conditional-page-master-reference master-reference="recto" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="verso" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <xsl:call-template name="index.page.masters"/>

      <fo:simple-page-master master-name="single-first" page-width="{$column.page.width}" page-height="{$column.page.height}"
          margin-top="{$column.margin.top}" margin-bottom="{$column.margin.bottom}"
          margin-left="{$column.margin.left}" margin-right="{$column.margin.right}">
        <fo:region-body margin-bottom="{$footer.height}"/>
        <fo:region-after region-name="blank-after" extent="{$footer.height}"/>
      </fo:simple-page-master>
      <fo:simple-page-master master-name="single-rest" page-width="{$column.page.width}" page-height="{$column.page.height}"
          margin-top="{$column.margin.top}" margin-bottom="{$column.margin.bottom}"
          margin-left="{$column.margin.left}" margin-right="{$column.margin.right}">
        <fo:region-body margin-top="{$header.height}" margin-bottom="{$footer.height}"/>
        <fo:region-before region-name="head-recto" extent="{$header.height}"/>
        <fo:region-after region-name="foot" extent="{$footer.height}"/>
      </fo:simple-page-master>
      <!-- The even pages of a column's own PDF: the same page, with the left-hand running head. -->
      <fo:simple-page-master master-name="single-verso" page-width="{$column.page.width}" page-height="{$column.page.height}"
          margin-top="{$column.margin.top}" margin-bottom="{$column.margin.bottom}"
          margin-left="{$column.margin.left}" margin-right="{$column.margin.right}">
        <fo:region-body margin-top="{$header.height}" margin-bottom="{$footer.height}"/>
        <fo:region-before region-name="head-verso" extent="{$header.height}"/>
        <fo:region-after region-name="foot" extent="{$footer.height}"/>
      </fo:simple-page-master>
      <fo:page-sequence-master master-name="single">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="single-first" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="single-verso" odd-or-even="even"/>
          <fo:conditional-page-master-reference master-reference="single-rest"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <fo:page-sequence-master master-name="single-continued">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="single-verso" odd-or-even="even"/>
          <fo:conditional-page-master-reference master-reference="single-rest"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- One book page master; 'none' regions print nothing. side: recto or verso, for the bleed and crop
       marks at the outside and inside edges. columns and column.gap: the body's columns (the index's pages
       have two). -->
  <xsl:template name="page-master">
    <xsl:param name="name"/>
    <xsl:param name="left"/>
    <xsl:param name="right"/>
    <xsl:param name="before"/>
    <xsl:param name="after"/>
    <xsl:param name="side" select="'recto'"/>
    <xsl:param name="columns" select="1"/>
    <xsl:param name="column.gap" select="'6mm'"/>
    <xsl:variable name="left.bleed" select="($side = 'recto') * $bleed.inside.mm + ($side != 'recto') * $bleed.outside.mm"/>
    <xsl:variable name="right.bleed" select="($side = 'recto') * $bleed.outside.mm + ($side != 'recto') * $bleed.inside.mm"/>
    <fo:simple-page-master master-name="{$name}" page-width="{format-number($page.width.mm, '0.######')}mm"
        page-height="{format-number($page.height.mm, '0.######')}mm"
        margin-top="{$margin.top.used}" margin-bottom="{$margin.bottom.used}" margin-left="{$left}" margin-right="{$right}">
      <xsl:if test="$bleed.top.mm + $bleed.bottom.mm + $left.bleed + $right.bleed + $crop.room.mm &gt; 0">
        <xsl:attribute name="fox:crop-offset">
          <xsl:call-template name="four-sides">
            <xsl:with-param name="top" select="$bleed.top.mm + $crop.room.mm"/><xsl:with-param name="right" select="$right.bleed + $crop.room.mm"/>
            <xsl:with-param name="bottom" select="$bleed.bottom.mm + $crop.room.mm"/><xsl:with-param name="left" select="$left.bleed + $crop.room.mm"/>
          </xsl:call-template>
        </xsl:attribute>
      </xsl:if>
      <xsl:if test="$bleed.top.mm + $bleed.bottom.mm + $left.bleed + $right.bleed &gt; 0">
        <xsl:attribute name="fox:bleed">
          <xsl:call-template name="four-sides">
            <xsl:with-param name="top" select="$bleed.top.mm"/><xsl:with-param name="right" select="$right.bleed"/>
            <xsl:with-param name="bottom" select="$bleed.bottom.mm"/><xsl:with-param name="left" select="$left.bleed"/>
          </xsl:call-template>
        </xsl:attribute>
      </xsl:if>
      <fo:region-body margin-top="{$header.height}" margin-bottom="{$footer.height}">
        <xsl:if test="$columns &gt; 1">
          <xsl:attribute name="column-count"><xsl:value-of select="$columns"/></xsl:attribute>
          <xsl:attribute name="column-gap"><xsl:value-of select="$column.gap"/></xsl:attribute>
        </xsl:if>
      </fo:region-body>
      <fo:region-before region-name="{$before}" extent="{$header.height}"/>
      <fo:region-after region-name="{$after}" extent="{$footer.height}"/>
      <xsl:if test="$crop.marks = 'true'">
        <fo:region-start extent="0mm">
          <xsl:attribute name="region-name">
            <xsl:choose>
              <xsl:when test="$crop.marks.mirrored and $side = 'verso'">crop-marks-verso</xsl:when>
              <xsl:otherwise>crop-marks</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
        </fo:region-start>
      </xsl:if>
    </fo:simple-page-master>
  </xsl:template>

  <!-- A length per side in millimetres, as fox:bleed and fox:crop-offset read them (top right bottom
       left, as CSS); one value when all four are equal. -->
  <xsl:template name="four-sides">
    <xsl:param name="top"/>
    <xsl:param name="right"/>
    <xsl:param name="bottom"/>
    <xsl:param name="left"/>
    <xsl:choose>
      <xsl:when test="$top = $right and $top = $bottom and $top = $left">
        <xsl:value-of select="format-number($top, '0.######')"/>mm</xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat(format-number($top, '0.######'), 'mm ', format-number($right, '0.######'), 'mm ',
            format-number($bottom, '0.######'), 'mm ', format-number($left, '0.######'), 'mm')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- API: running heads, folios, the footnote rule and crop marks of a book page sequence, for the
       page sequences of your own pages too (master chapter). The context node
       is what the pages are of: the column (b:column), or the book (b:book) on the contents and sources
       pages and on pages of your own; recto-head is the page's title (the column title, "Contents"). The
       heads themselves come from the modes running.head.verso and running.head.recto (below). -->
  <xsl:template name="static-content">
    <xsl:param name="recto-head"/>
    <xsl:if test="$show.running.heads = 'true'">
      <fo:static-content flow-name="head-recto" role="artifact">
        <xsl:apply-templates select="." mode="running.head.recto">
          <xsl:with-param name="title" select="$recto-head"/>
        </xsl:apply-templates>
      </fo:static-content>
      <fo:static-content flow-name="head-verso" role="artifact">
        <xsl:apply-templates select="." mode="running.head.verso">
          <xsl:with-param name="title" select="$recto-head"/>
        </xsl:apply-templates>
      </fo:static-content>
    </xsl:if>
    <xsl:call-template name="folio-static-content"/>
    <xsl:call-template name="footnote-separator"/>
    <xsl:call-template name="crop-marks-only"/>
  </xsl:template>

  <!-- The crop marks of a page sequence, when asked for: those of left-hand pages apart when their
       bleed differs (bleed.outside, bleed.inside). -->
  <xsl:template name="crop-marks-only">
    <xsl:if test="$crop.marks = 'true'">
      <fo:static-content flow-name="crop-marks" role="artifact">
        <xsl:call-template name="crop-marks"/>
      </fo:static-content>
      <xsl:if test="$crop.marks.mirrored">
        <fo:static-content flow-name="crop-marks-verso" role="artifact">
          <xsl:call-template name="crop-marks"><xsl:with-param name="side" select="'verso'"/></xsl:call-template>
        </fo:static-content>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!--
    API: the running head of left-hand pages, one fo:block: by default the book title. With the mode
    running.head.recto (below) it is how you change a running head without copying static-content
    (folios, footnote rule and crop marks stay as they are). The context node is a column (b:column) on
    its pages, in the book and in its own PDF, or the book (b:book) on the contents and sources pages;
    the parameter title is the page's title (the column title, "Contents", "Sources"). Match what you
    want to change, such as the column's first author on left-hand pages:
      <xsl:template match="b:column" mode="running.head.verso">
        <fo:block xsl:use-attribute-sets="running.head"><xsl:value-of select="b:author[1]"/></fo:block>
      </xsl:template>
    Yours win over these by import precedence, whatever their priority.
  -->
  <xsl:template match="*" mode="running.head.verso">
    <fo:block xsl:use-attribute-sets="running.head"><xsl:value-of select="/b:book/b:meta/b:title"/></fo:block>
  </xsl:template>
  <!-- A column's own PDF is one-sided: its left-hand pages repeat the right-hand head, the column title. -->
  <xsl:template match="b:book[@kind = 'column']/b:column" mode="running.head.verso">
    <xsl:param name="title"/>
    <xsl:apply-templates select="." mode="running.head.recto">
      <xsl:with-param name="title" select="$title"/>
    </xsl:apply-templates>
  </xsl:template>
  <!-- API: the running head of right-hand pages, one fo:block: by default the parameter title, the title of
       the column, or of the contents or sources page. Context and overriding as running.head.verso. -->
  <xsl:template match="*" mode="running.head.recto">
    <xsl:param name="title"/>
    <fo:block xsl:use-attribute-sets="running.head"><xsl:value-of select="$title"/></fo:block>
  </xsl:template>

  <!-- The folio at the foot of every page with running heads. -->
  <xsl:template name="folio-static-content">
    <fo:static-content flow-name="foot" role="artifact">
      <fo:block-container height="{$footer.height}" display-align="after">
        <fo:block xsl:use-attribute-sets="folio"><fo:page-number/></fo:block>
      </fo:block-container>
    </fo:static-content>
  </xsl:template>

  <!-- The short rule above the footnotes. -->
  <xsl:template name="footnote-separator">
    <fo:static-content flow-name="xsl-footnote-separator" role="artifact">
      <!-- Padding, not space: spaces at the top of a region are discarded, and a zero-height block
           let the rule sit on the first line of the notes. -->
      <fo:block font-size="4pt" line-height="4pt" padding-top="3pt" padding-bottom="3pt">
        <fo:leader leader-pattern="rule" leader-length="25%" rule-thickness="0.4pt" color="{$ink.black}"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- Eight hairlines at the trim corners, outside the bleed, in the ink of text (ink.black): each a
       filled rectangle 0.1 mm thick, placed from the trim's top left corner. side: recto or verso, for the
       bleed at the outside and inside edges. FO, not SVG: Batik built an SVG again on every page, which
       took most of a book's time. -->
  <xsl:template name="crop-marks">
    <xsl:param name="side" select="'recto'"/>
    <xsl:variable name="w" select="$page.width.mm"/>
    <xsl:variable name="h" select="$page.height.mm"/>
    <xsl:variable name="o.left" select="($side = 'recto') * $bleed.inside.mm + ($side != 'recto') * $bleed.outside.mm + $crop.room.mm"/>
    <xsl:variable name="o.right" select="($side = 'recto') * $bleed.outside.mm + ($side != 'recto') * $bleed.inside.mm + $crop.room.mm"/>
    <xsl:variable name="o.top" select="$bleed.top.mm + $crop.room.mm"/>
    <xsl:variable name="o.bottom" select="$bleed.bottom.mm + $crop.room.mm"/>
    <!-- Each mark runs from the media box edge to the gap before the bleed: the same length on every side. -->
    <xsl:variable name="length" select="$crop.room.mm - $crop.gap.mm"/>
    <xsl:variable name="half" select="0.05"/>
    <xsl:call-template name="crop-mark"><xsl:with-param name="x" select="-$o.left"/><xsl:with-param name="y" select="-$half"/>
      <xsl:with-param name="width" select="$length"/></xsl:call-template>
    <xsl:call-template name="crop-mark"><xsl:with-param name="x" select="-$half"/><xsl:with-param name="y" select="-$o.top"/>
      <xsl:with-param name="height" select="$length"/></xsl:call-template>
    <xsl:call-template name="crop-mark"><xsl:with-param name="x" select="$w + $o.right - $length"/><xsl:with-param name="y" select="-$half"/>
      <xsl:with-param name="width" select="$length"/></xsl:call-template>
    <xsl:call-template name="crop-mark"><xsl:with-param name="x" select="$w - $half"/><xsl:with-param name="y" select="-$o.top"/>
      <xsl:with-param name="height" select="$length"/></xsl:call-template>
    <xsl:call-template name="crop-mark"><xsl:with-param name="x" select="-$o.left"/><xsl:with-param name="y" select="$h - $half"/>
      <xsl:with-param name="width" select="$length"/></xsl:call-template>
    <xsl:call-template name="crop-mark"><xsl:with-param name="x" select="-$half"/><xsl:with-param name="y" select="$h + $o.bottom - $length"/>
      <xsl:with-param name="height" select="$length"/></xsl:call-template>
    <xsl:call-template name="crop-mark"><xsl:with-param name="x" select="$w + $o.right - $length"/><xsl:with-param name="y" select="$h - $half"/>
      <xsl:with-param name="width" select="$length"/></xsl:call-template>
    <xsl:call-template name="crop-mark"><xsl:with-param name="x" select="$w - $half"/><xsl:with-param name="y" select="$h + $o.bottom - $length"/>
      <xsl:with-param name="height" select="$length"/></xsl:call-template>
  </xsl:template>

  <!-- One crop mark: a rectangle at x, y (millimetres from the trim's top left), 0.1 mm thick. -->
  <xsl:template name="crop-mark">
    <xsl:param name="x"/>
    <xsl:param name="y"/>
    <xsl:param name="width" select="0.1"/>
    <xsl:param name="height" select="0.1"/>
    <fo:block-container absolute-position="fixed" left="{format-number($x, '0.####')}mm" top="{format-number($y, '0.####')}mm"
        width="{format-number($width, '0.####')}mm" height="{format-number($height, '0.####')}mm" background-color="{$ink.black}">
      <fo:block/>
    </fo:block-container>
  </xsl:template>

</xsl:stylesheet>
