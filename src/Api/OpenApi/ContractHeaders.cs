using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace PassendOnderwijs.Api.OpenApi;

internal static class ContractHeaders
{
    public const string ApiVersie = "API-Version";

    public static OpenApiHeader ApiVersieHeader() => new()
    {
        Description = "De volledige versie (SemVer) van de API die antwoordt.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create(ApiOpties.Versie)] },
    };

    public static OpenApiHeader EtagHeader() => new()
    {
        Description = "Versie van deze representatie; stuur haar terug in If-None-Match om alleen wijzigingen op te halen.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
