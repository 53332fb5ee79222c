namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Document;

/// <summary>
/// Lays out one version of an OPP as a PDF, for the ouders and the school's file (and to sign on paper while the
/// ouders' instemming is not recorded). The same content gives the same bytes.
/// </summary>
public interface IOppOpmaak
{
    byte[] MaakPdf(OppDocumentInhoud inhoud);
}
