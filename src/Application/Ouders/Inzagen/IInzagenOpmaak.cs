namespace PassendOnderwijs.Application.Ouders.Inzagen;

/// <summary>Lays out the ouder's log (<see cref="InzagenTekstOpsteller"/>) as a PDF, as every other document of the product.</summary>
public interface IInzagenOpmaak
{
    byte[] MaakPdf(InzagenOverzicht overzicht);
}
