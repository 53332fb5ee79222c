using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The RFC 9457 problem document every 4xx/5xx of this API returns, with its list of field errors.</summary>
internal static class ProbleemSchema
{
    public const string Naam = "Probleem";
    public const string FoutNaam = "ProbleemFout";

    public static OpenApiSchema Probleem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "Probleemdetails volgens RFC 9457.",
        Required = new HashSet<string> { "type", "title", "status", "detail", "instance", "traceId" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Tekst("URI van het soort probleem: about:blank voor een gewone HTTP-fout, anders urn:passendonderwijs:probleem:<code>.", "urn:passendonderwijs:probleem:ongeldige-invoer"),
            ["title"] = Tekst("Korte, vaste omschrijving van het soort probleem.", "De invoer is ongeldig."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "De HTTP-statuscode.", Examples = [JsonValue.Create(400)] },
            ["detail"] = Tekst("Uitleg van dit geval.", "Er zijn 2 problemen met de invoer."),
            ["instance"] = Tekst("Het pad van het verzoek.", "/api/v1/expertises"),
            ["traceId"] = Tekst("Verwijzing naar dit verzoek in de logboeken en traces: het W3C trace-id (32 hexadecimale tekens).", "4bf92f3577b34da6a3ce929d0e0e4736"),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "Alle gevonden problemen met de invoer tegelijk.",
                Items = new OpenApiSchemaReference(FoutNaam),
            },
        },
    };

    public static OpenApiSchema Fout() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "code", "detail" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["code"] = Tekst("Vaste code van dit probleem.", "ongeldig-leerjaar"),
            ["detail"] = Tekst("Uitleg voor mensen.", "Een leerjaar schrijft u als twee opeenvolgende jaren, bijvoorbeeld \"2026-2027\"."),
            ["pointer"] = Tekst("JSON Pointer (RFC 6901, als URI-fragment) naar het veld in de inhoud.", "#/expertises/0/code"),
            ["parameter"] = Tekst("Naam van de query- of padparameter.", "leerjaar"),
            ["regel"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1",
                Description = "Bij een ingelezen bestand (import): het regelnummer zoals een spreadsheet of teksteditor het toont; bij een spreadsheet is de kopregel regel 1.",
                Examples = [JsonValue.Create(3)],
            },
            ["kolom"] = Tekst("Bij een ingelezen bestand (import): de kolom waar het probleem zit.", "soort"),
            ["positie"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1",
                Description = "Bij een XML-dossier: de positie op de regel (het teken) waar het probleem begint.",
                Examples = [JsonValue.Create(12)],
            },
            ["pad"] = Tekst("Bij een XML-dossier: het XPath van het element waar het probleem zit.", "/dossier/huidigeschool/leerling/geboortedatum"),
        },
    };

    private static OpenApiSchema Tekst(string beschrijving, string voorbeeld) =>
        new() { Type = JsonSchemaType.String, Description = beschrijving, Examples = [JsonValue.Create(voorbeeld)] };
}
