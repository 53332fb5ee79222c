using PassendOnderwijs.Domain.Common;
using System.Security.Cryptography;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Documenten;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Documenten;

public class DocumentTests
{
    private static readonly DateTimeOffset Nu = new(2027, 3, 14, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Ib = new("ib-1", "Ilse IB'er");
    private static readonly SwvCode Swv = SwvCode.Parse("PO2705").Waarde;
    private static readonly Guid Leerling = Guid.CreateVersion7();

    private static Result<Document> Ontvang(byte[] inhoud, string? naam = "verslag.pdf", Documentherkomst herkomst = Documentherkomst.Upload, Guid? import = null) =>
        Document.Ontvang(Swv, Leerling, naam, inhoud, herkomst, import, Ib, Nu);

    [Test]
    public void Nothing_is_shared_with_the_ouders_until_the_school_shares_it_and_it_can_stop_again()
    {
        var document = Ontvang(Testbestanden.Pdf).Waarde;
        document.GedeeldMetOudersOp.ShouldBeNull();
        document.StopDelenMetOuders(Ib, Nu).Fouten.ShouldHaveSingleItem().Code.ShouldBe("document-niet-gedeeld");

        document.DeelMetOuders(Ib, Nu.AddHours(1)).IsGelukt.ShouldBeTrue();
        (document.GedeeldMetOudersOp, document.GedeeldMetOudersDoor).ShouldBe((Nu.AddHours(1), Ib));
        document.DomainEvents.OfType<DocumentGedeeldMetOuders>().ShouldHaveSingleItem().LeerlingId.ShouldBe(Leerling);
        document.DeelMetOuders(Ib, Nu.AddHours(2)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("document-al-gedeeld");

        document.StopDelenMetOuders(Ib, Nu.AddHours(3)).IsGelukt.ShouldBeTrue();
        document.GedeeldMetOudersOp.ShouldBeNull();
        document.DomainEvents.OfType<DocumentNietMeerGedeeldMetOuders>().ShouldHaveSingleItem();
    }

    [Test]
    public void A_received_file_keeps_its_kind_size_sha256_origin_and_who_sent_it()
    {
        var pdf = Testbestanden.Pdf;

        var document = Ontvang(pdf).Waarde;

        document.Id.Version.ShouldBe(7);
        document.Samenwerkingsverband.ShouldBe(Swv);
        document.LeerlingId.ShouldBe(Leerling);
        document.Bestandsnaam.ShouldBe("verslag.pdf");
        document.Soort.ShouldBe(Documentsoort.Pdf);
        document.Grootte.ShouldBe(pdf.Length);
        document.Sha256.ShouldBe(Convert.ToHexString(SHA256.HashData(pdf)).ToLowerInvariant());
        document.Sha256.Length.ShouldBe(64);
        document.Herkomst.ShouldBe(Documentherkomst.Upload);
        document.DossierimportId.ShouldBeNull();
        document.Zaak.ShouldBeNull();
        document.Ontvangen.ShouldBe(Nu);
        document.OntvangenDoor.ShouldBe(Ib);
    }

    [Test]
    public void A_document_from_an_oso_import_names_the_import()
    {
        var import = Guid.CreateVersion7();

        var document = Ontvang(Testbestanden.Odt, "besluit.odt", Documentherkomst.OsoImport, import).Waarde;

        document.Herkomst.ShouldBe(Documentherkomst.OsoImport);
        document.DossierimportId.ShouldBe(import);
        DocumentherkomstCodes.Lijst.Code(Documentherkomst.OsoImport).ShouldBe("oso-import");
    }

    [Test]
    public void A_file_of_exactly_the_limit_is_accepted_and_one_byte_more_is_refused()
    {
        var precies = new byte[Document.MaxBytes];
        Testbestanden.Pdf.CopyTo(precies, 0);

        Ontvang(precies).IsGelukt.ShouldBeTrue();
        Ontvang([.. precies, 0]).Fouten.ShouldHaveSingleItem().Code.ShouldBe("document-te-groot");
        Document.MaxBytes.ShouldBe(10 * 1024 * 1024);
    }

    [Test]
    public void A_file_of_a_refused_kind_or_an_empty_one_is_no_document()
    {
        Ontvang(Testbestanden.Exe, "rapport.pdf").Fouten.ShouldHaveSingleItem().Code.ShouldBe("documentsoort-niet-toegestaan");
        Ontvang(Testbestanden.Html, "rapport.pdf").Fouten.ShouldHaveSingleItem().Code.ShouldBe("documentsoort-niet-toegestaan");
        Ontvang([], "rapport.pdf").Fouten.ShouldHaveSingleItem().Code.ShouldBe("document-leeg");
    }

    [TestCase(@"C:\Users\ib\Documents\verslag.pdf", "verslag.pdf")]
    [TestCase("../../etc/passwd.pdf", "passwd.pdf")]
    [TestCase("ver\u0000sl\u0007ag\r\n.pdf", "verslag.pdf")]
    [TestCase("rapport\u202Efdp.exe", "rapportfdp.exe")]
    [TestCase("  verslag.pdf  ", "verslag.pdf")]
    [TestCase("Séverine's verslag (2).pdf", "Séverine's verslag (2).pdf")]
    public void The_name_keeps_no_folders_and_no_control_or_invisible_characters(string gegeven, string bewaard)
    {
        Ontvang(Testbestanden.Pdf, gegeven).Waarde.Bestandsnaam.ShouldBe(bewaard);
    }

    [Test]
    public void A_long_name_is_cut_before_its_extension()
    {
        var naam = Ontvang(Testbestanden.Pdf, new string('a', 300) + ".pdf").Waarde.Bestandsnaam;

        naam.Length.ShouldBe(Bestandsnaam.MaximaleLengte);
        naam.ShouldEndWith("aaa.pdf");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("C:\\map\\")]
    [TestCase("\u0001\u0002")]
    public void A_file_without_a_usable_name_is_named_after_its_kind(string? naam)
    {
        Ontvang(Testbestanden.Jpeg, naam).Waarde.Bestandsnaam.ShouldBe("document.jpg");
        Ontvang(Testbestanden.Docx, naam).Waarde.Bestandsnaam.ShouldBe("document.docx");
    }

    [Test]
    public void A_document_belongs_to_at_most_one_case_of_its_own_pupil()
    {
        var document = Ontvang(Testbestanden.Pdf).Waarde;
        var arrangement = Guid.CreateVersion7();

        var andere = document.KoppelAan(Zaaksoort.Arrangement, arrangement, Guid.CreateVersion7());
        andere.Fouten.ShouldHaveSingleItem().Code.ShouldBe("zaak-van-andere-leerling");
        andere.Fouten[0].Veld.ShouldBe("arrangementId");
        document.Zaak.ShouldBeNull();

        document.KoppelAan(Zaaksoort.Arrangement, arrangement, Leerling).IsGelukt.ShouldBeTrue();
        document.ArrangementId.ShouldBe(arrangement);
        document.Zaak.ShouldBe((Zaaksoort.Arrangement, arrangement));

        document.KoppelAan(Zaaksoort.Ontwikkelingsperspectiefplan, Guid.CreateVersion7(), Leerling).Fouten.ShouldHaveSingleItem().Code.ShouldBe("document-al-gekoppeld");
        document.OntwikkelingsperspectiefplanId.ShouldBeNull();
    }

    [Test]
    public void Each_kind_of_case_is_kept_in_its_own_field()
    {
        var tlv = Guid.CreateVersion7();
        var opp = Guid.CreateVersion7();

        var metTlv = Ontvang(Testbestanden.Pdf).Waarde;
        metTlv.KoppelAan(Zaaksoort.Toelaatbaarheidsverklaring, tlv, Leerling).IsGelukt.ShouldBeTrue();
        var metOpp = Ontvang(Testbestanden.Pdf).Waarde;
        metOpp.KoppelAan(Zaaksoort.Ontwikkelingsperspectiefplan, opp, Leerling).IsGelukt.ShouldBeTrue();

        metTlv.ToelaatbaarheidsverklaringId.ShouldBe(tlv);
        metOpp.OntwikkelingsperspectiefplanId.ShouldBe(opp);
        metOpp.Zaak.ShouldBe((Zaaksoort.Ontwikkelingsperspectiefplan, opp));
    }
}
