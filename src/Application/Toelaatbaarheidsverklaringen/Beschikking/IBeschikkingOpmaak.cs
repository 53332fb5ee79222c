namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;

/// <summary>
/// Lays out a beschikking as a PDF for the ouders and the school. The same content gives the same bytes, so a download
/// can carry a stable ETag and a re-sent beschikking is provably the one that was decided.
/// </summary>
public interface IBeschikkingOpmaak
{
    /// <exception cref="ArgumentException">The content contradicts itself (e.g. toelaatbaar without an ingangsdatum).</exception>
    byte[] MaakPdf(BeschikkingInhoud inhoud);
}
