using PassendOnderwijs.Application.Ouders.Inzagen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>The ouder's log of who used their child's data as one PDF, dated on the day it is made.</summary>
internal sealed class PdfSharpInzagenOpmaak : IInzagenOpmaak
{
    public byte[] MaakPdf(InzagenOverzicht export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var tekst = InzagenTekstOpsteller.Stel(export);
        var dag = NederlandseDatum.Van(export.GemaaktOp);
        return PdfDocumentOpmaak.MaakPdf(tekst, new Bestandsgegevens(
            InzagenTekstOpsteller.Titel(export.Kind), InzagenTekstOpsteller.Afzender, dag, $"inzagen/{export.Kind}/{dag:yyyy-MM-dd}"));
    }
}
