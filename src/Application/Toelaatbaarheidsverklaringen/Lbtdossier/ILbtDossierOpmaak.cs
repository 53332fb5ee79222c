namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Lbtdossier;

/// <summary>Lays out the LBT dossier as one PDF; the same content gives the same bytes.</summary>
public interface ILbtDossierOpmaak
{
    byte[] MaakPdf(LbtDossierInhoud inhoud);
}
