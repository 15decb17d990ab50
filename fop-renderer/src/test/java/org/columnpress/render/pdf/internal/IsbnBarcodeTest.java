package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.columnpress.core.ColumnpressException;
import org.junit.jupiter.api.Test;

class IsbnBarcodeTest {

    @Test
    void anIsbn13KeepsItsDigitsAndAnIsbn10Gets978AndANewCheckDigit() {
        assertThat(IsbnBarcode.of("978-0-306-40615-7", Optional.empty()).digits()).isEqualTo("9780306406157");
        assertThat(IsbnBarcode.of("0-306-40615-2", Optional.empty()).digits()).isEqualTo("9780306406157");
        assertThat(IsbnBarcode.of("0 8044 2957 X", Optional.empty()).digits()).isEqualTo("9780804429573");
    }

    @Test
    void aWrongCheckDigitOrANonIsbnIsRefusedWithTheIsbnNamed() {
        assertThatThrownBy(() -> IsbnBarcode.of("978-0-306-40615-8", Optional.empty()))
                .isInstanceOf(ColumnpressException.class).hasMessageContaining("978-0-306-40615-8")
                .hasMessageContaining("check digit");
        assertThatThrownBy(() -> IsbnBarcode.of("0-306-40615-3", Optional.empty()))
                .hasMessageContaining("check digit");
        assertThatThrownBy(() -> IsbnBarcode.of("4006381333931", Optional.empty())) // an EAN, not an ISBN
                .hasMessageContaining("is not an ISBN");
    }

    @Test
    void theSymbolHas95ModulesWithGuardsWhereGs1PutsThem() {
        String modules = IsbnBarcode.of("9780306406157", Optional.empty()).modules();
        assertThat(modules).hasSize(95).startsWith("101").endsWith("101");
        assertThat(modules.substring(45, 50)).isEqualTo("01010");
        // First digit 9: parity LGGLGL; second digit 7 in set L is 0111011.
        assertThat(modules.substring(3, 10)).isEqualTo("0111011");
        // Third digit 8 in set G is 0001001.
        assertThat(modules.substring(10, 17)).isEqualTo("0001001");
    }

    @Test
    void theAddOnHas47ModulesAndItsParityFollowsTheChecksum() {
        // 51995: 3 x (5 + 9 + 5) + 9 x (1 + 9) = 147, checksum 7: parity LGLGL.
        String addOn = IsbnBarcode.of("9780306406157", Optional.of("51995")).addOnModules().orElseThrow();
        assertThat(addOn).hasSize(47).startsWith("1011" + "0110001" + "01" + "0110011");
    }
}
