using Microsoft.OpenApi;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// The OpenAPI 3.0 contract, generated from the endpoints: served without authentication at /api/v1/openapi.json
/// (and .yaml), committed as openapi.yaml, and shown in Swagger UI at /swagger.
/// </summary>
internal static class ContractRegistratie
{
    public static IServiceCollection AddContract(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(ApiOpties.DocumentNaam, new OpenApiInfo { Title = "PassendOnderwijs API", Version = ApiOpties.Versie });
            options.CustomSchemaIds(type => type.Name.EndsWith("Dto", StringComparison.Ordinal) ? type.Name[..^3] : type.Name);
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.SchemaFilter<CodelijstSchemaFilter>();
            options.OperationFilter<ContractOperationFilter>();
            options.DocumentFilter<ContractDocumentFilter>();
        });
        return services;
    }

    public static void GebruikContract(this WebApplication app)
    {
        app.UseSwagger(options =>
        {
            options.RouteTemplate = "api/{documentName}/openapi.{extension:regex(^(json|yaml)$)}";
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        });
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint(ApiOpties.ContractPad, "PassendOnderwijs API " + ApiOpties.Versie);
            options.DocumentTitle = "PassendOnderwijs API";
        });
    }
}
