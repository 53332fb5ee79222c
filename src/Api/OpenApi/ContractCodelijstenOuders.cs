using PassendOnderwijs.Domain.Ouders;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code lists of the ouders' part and what each code means.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Ouders() =>
    [
        Tekst(
            ToestemmingswijzeCodes.Lijst,
            "Hoe een toestemming voor delen buiten school en samenwerkingsverband is vastgelegd.",
            new Dictionary<Toestemmingswijze, string>
            {
                [Toestemmingswijze.Ouderportaal] = "Door de ouder zelf in het ouderportaal, aangemeld.",
                [Toestemmingswijze.OpPapier] = "Op papier ondertekend door een ouder; de school legt het vast en bewaart het formulier.",
            }),
    ];
}
