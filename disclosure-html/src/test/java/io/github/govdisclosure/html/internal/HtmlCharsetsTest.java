package io.github.govdisclosure.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetsTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final String PAGE = "<html><body><p>三、收到和处理政府信息公开申请情况</p></body></html>";

  @Test
  void decodesValidUtf8WithoutDeclarationAsUtf8() {
    HtmlCharsets.Decoded decoded = HtmlCharsets.decode(PAGE.getBytes(StandardCharsets.UTF_8));

    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.source()).isEqualTo(HtmlCharsets.Source.VALID_UTF8);
    assertThat(decoded.text()).isEqualTo(PAGE);
  }

  @Test
  void decodesGbkBytesWithoutDeclarationAsGb18030() {
    HtmlCharsets.Decoded decoded = HtmlCharsets.decode(PAGE.getBytes(GBK));

    assertThat(decoded.charset().name()).isEqualTo("GB18030");
    assertThat(decoded.source()).isEqualTo(HtmlCharsets.Source.FALLBACK);
    assertThat(decoded.text()).isEqualTo(PAGE);
  }

  @Test
  void followsMetaCharsetDeclaration() {
    String page = "<html><head><meta charset=\"gb2312\"></head>" + PAGE.substring(6);

    HtmlCharsets.Decoded decoded = HtmlCharsets.decode(page.getBytes(GBK));

    assertThat(decoded.source()).isEqualTo(HtmlCharsets.Source.META);
    assertThat(decoded.declared()).isEqualTo("gb2312");
    assertThat(decoded.charset().name()).isEqualTo("GB18030");
    assertThat(decoded.text()).isEqualTo(page);
  }

  @Test
  void followsHttpEquivDeclaration() {
    String page = "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GBK\">"
        + "</head>" + PAGE.substring(6);

    HtmlCharsets.Decoded decoded = HtmlCharsets.decode(page.getBytes(GBK));

    assertThat(decoded.source()).isEqualTo(HtmlCharsets.Source.META);
    assertThat(decoded.declared()).isEqualTo("GBK");
    assertThat(decoded.text()).isEqualTo(page);
  }

  @Test
  void ignoresDeclarationsAfterTheFirst1024Bytes() {
    String page = "<html><head><!--" + "x".repeat(1100) + "--><meta charset=gbk></head>" + PAGE.substring(6);

    HtmlCharsets.Decoded decoded = HtmlCharsets.decode(page.getBytes(StandardCharsets.UTF_8));

    assertThat(decoded.source()).isEqualTo(HtmlCharsets.Source.VALID_UTF8);
    assertThat(decoded.text()).isEqualTo(page);
  }

  @Test
  void byteOrderMarkWinsOverDeclarationAndIsDropped() {
    byte[] body = ("<meta charset=gbk>" + PAGE).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    HtmlCharsets.Decoded decoded = HtmlCharsets.decode(bytes);

    assertThat(decoded.source()).isEqualTo(HtmlCharsets.Source.BOM);
    assertThat(decoded.text()).startsWith("<meta charset=gbk>");
  }

  @Test
  void readsGbkBytesDeclaredUtf8AsGb18030() {
    String page = "<meta charset=utf-8>" + PAGE;

    HtmlCharsets.Decoded decoded = HtmlCharsets.decode(page.getBytes(GBK));

    assertThat(decoded.source()).isEqualTo(HtmlCharsets.Source.MISDECLARED);
    assertThat(decoded.text()).isEqualTo(page);
  }

  @Test
  void sniffsWhenTheDeclaredCharsetIsUnknown() {
    String page = "<meta charset=klingon>" + PAGE;

    HtmlCharsets.Decoded decoded = HtmlCharsets.decode(page.getBytes(GBK));

    assertThat(decoded.source()).isEqualTo(HtmlCharsets.Source.FALLBACK);
    assertThat(decoded.declared()).isEqualTo("klingon");
    assertThat(decoded.text()).isEqualTo(page);
  }
}
