using System.Buffers.Binary;
using PassendOnderwijs.Domain.Documenten;

namespace PassendOnderwijs.Domain.UnitTests.Documenten;

public class DocumentsoortTests
{
    private static Documentsoort Soort(byte[] inhoud, string? naam = null) => DocumentsoortCodes.Herken(inhoud, naam).Waarde;

    private static string Probleem(byte[] inhoud, string? naam = null)
    {
        var uitkomst = DocumentsoortCodes.Herken(inhoud, naam);
        uitkomst.IsGelukt.ShouldBeFalse();
        return uitkomst.Fouten.ShouldHaveSingleItem().Code;
    }

    [Test]
    public void Each_allowed_kind_is_recognised_by_its_bytes_whatever_its_name()
    {
        Soort(Testbestanden.Pdf, "verslag.pdf").ShouldBe(Documentsoort.Pdf);
        Soort(Testbestanden.Png, "foto.jpg").ShouldBe(Documentsoort.Png, "the bytes decide, not the extension");
        Soort(Testbestanden.Jpeg, null).ShouldBe(Documentsoort.Jpeg);
        Soort(Testbestanden.Docx, "brief.docx").ShouldBe(Documentsoort.Docx);
        Soort(Testbestanden.Odt, "brief").ShouldBe(Documentsoort.Odt);
    }

    [Test]
    public void Each_kind_has_a_code_a_dutch_label_and_the_media_type_it_is_served_as()
    {
        DocumentsoortCodes.Lijst.Code(Documentsoort.Docx).ShouldBe("docx");
        DocumentsoortCodes.Lijst.Label(Documentsoort.Odt).ShouldBe("OpenDocument-tekst");
        Documentsoort.Pdf.Mediatype().ShouldBe("application/pdf");
        Documentsoort.Docx.Mediatype().ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Documentsoort.Odt.Mediatype().ShouldBe("application/vnd.oasis.opendocument.text");
        Documentsoort.Png.Mediatype().ShouldBe("image/png");
        Documentsoort.Jpeg.Mediatype().ShouldBe("image/jpeg");
    }

    [Test]
    public void A_renamed_program_is_refused_and_the_message_says_it_is_a_program()
    {
        var uitkomst = DocumentsoortCodes.Herken(Testbestanden.Exe, "verslag.pdf");

        uitkomst.Fouten.ShouldHaveSingleItem().Code.ShouldBe("documentsoort-niet-toegestaan");
        uitkomst.Fouten[0].Melding.ShouldContain("\"verslag.pdf\" is een programma");
        Probleem(Testbestanden.Elf, "foto.png").ShouldBe("documentsoort-niet-toegestaan");
    }

    [Test]
    public void Html_svg_xml_and_plain_text_are_refused()
    {
        DocumentsoortCodes.Herken(Testbestanden.Html, "brief.pdf").Fouten[0].Melding.ShouldContain("webpagina (HTML)");
        DocumentsoortCodes.Herken(Testbestanden.Svg, "logo.png").Fouten[0].Melding.ShouldContain("SVG");
        Probleem("<?xml version=\"1.0\"?><a/>"u8.ToArray()).ShouldBe("documentsoort-niet-toegestaan");
        Probleem("Beste ouders,"u8.ToArray(), "brief.docx").ShouldBe("documentsoort-niet-toegestaan");
    }

    [Test]
    public void An_empty_file_is_refused()
    {
        Probleem([], "leeg.pdf").ShouldBe("document-leeg");
    }

    [Test]
    public void A_zip_that_is_no_word_or_opendocument_text_is_refused()
    {
        Probleem(Testbestanden.Zip(("foto.jpg", "x"), ("setup.exe", "MZ")), "archief.docx").ShouldBe("documentsoort-niet-toegestaan");

        // A spreadsheet is an OpenDocument too, but not a text.
        Probleem(Testbestanden.Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>"))).ShouldBe("documentsoort-niet-toegestaan");

        // The mimetype must come first, as ODF requires.
        Probleem(Testbestanden.Zip(("content.xml", "<x/>"), ("mimetype", "application/vnd.oasis.opendocument.text"))).ShouldBe("documentsoort-niet-toegestaan");
    }

    [Test]
    public void A_word_document_with_macros_is_refused()
    {
        var docm = Testbestanden.Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w/>"), ("word/vbaProject.bin", "VBA"));

        DocumentsoortCodes.Herken(docm, "brief.docx").Fouten.ShouldHaveSingleItem().Melding.ShouldContain("macro's");
    }

    [Test]
    public void A_broken_or_truncated_zip_is_refused_not_thrown()
    {
        var docx = Testbestanden.Docx;

        Probleem(docx[..(docx.Length / 2)], "half.docx").ShouldBe("document-beschadigd");
        Probleem([.. "PK"u8, 0x03, 0x04], "kop.docx").ShouldBe("document-beschadigd");

        // The directory says it starts beyond the end of the file.
        var kapot = docx.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(kapot.AsSpan(kapot.Length - 6), uint.MaxValue - 10);
        Probleem(kapot).ShouldBe("document-beschadigd");
    }

    [Test]
    public void A_zip_with_more_entries_than_a_document_has_is_refused_without_unpacking_anything()
    {
        var entries = Enumerable.Range(0, Zipmap.MaximumEntries + 1).Select(i => ($"word/{i}.xml", "x")).Prepend(("[Content_Types].xml", "<Types/>")).ToArray();

        Probleem(Testbestanden.Zip(entries), "groot.docx").ShouldBe("document-beschadigd");
    }

    [Test]
    public void A_zip_bomb_costs_only_its_directory_the_content_is_never_unpacked()
    {
        // 20 MB of zeros compresses to about 20 KB; recognising the file reads the names only.
        var bom = Testbestanden.Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", new string('0', 20 * 1024 * 1024)));
        var geheugen = GC.GetAllocatedBytesForCurrentThread();

        Soort(bom).ShouldBe(Documentsoort.Docx);
        (GC.GetAllocatedBytesForCurrentThread() - geheugen).ShouldBeLessThan(1024 * 1024);
    }
}
