using System.Reflection;
using Microsoft.OpenApi;
using PassendOnderwijs.Application.Common.Contract;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// Turns every property marked <see cref="CodeUitAttribute{T}"/> into a reference to its named enum (or an array of
/// them), keeping what Swashbuckle already said about the property (its description, and whether it is required).
/// Lists marked <see cref="ElementenAttribute"/> get their elements' pattern and maximum length.
/// A required field that C# declares nullable stays nullable: a request must name it, and a form may send null for
/// what is not filled in yet, to hear every problem in one 400 (the validator refuses the null, as "…-vereist").
/// </summary>
internal sealed class CodelijstSchemaFilter : ISchemaFilter
{
    private readonly NullabilityInfoContext _nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } eigenschappen } objectSchema)
        {
            return;
        }

        foreach (var eigenschap in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var naam = eigenschappen.Keys.FirstOrDefault(k => string.Equals(k, eigenschap.Name, StringComparison.OrdinalIgnoreCase));
            if (naam is null)
            {
                continue;
            }

            var nullable = objectSchema.Required?.Contains(naam) == true && _nullability.Create(eigenschap).ReadState == NullabilityState.Nullable;
            if (eigenschap.GetCustomAttributes().OfType<ICodeUit>().FirstOrDefault() is { } codeUit)
            {
                var codes = VoorCodelijst(eigenschappen[naam], codeUit.Codelijst, context.SchemaRepository);
                eigenschappen[naam] = nullable && codes is OpenApiSchemaReference
                    ? new OpenApiSchema { AllOf = [codes], Type = JsonSchemaType.Null }
                    : codes;
            }
            else if (eigenschappen[naam] is OpenApiSchema inline)
            {
                if (nullable && inline.Type is { } type)
                {
                    inline.Type = type | JsonSchemaType.Null;
                }

                if (eigenschap.GetCustomAttribute<ElementenAttribute>() is { } elementen && inline.Items is OpenApiSchema element)
                {
                    element.Pattern = elementen.Patroon ?? element.Pattern;
                    element.MaxLength = elementen.MaximaleLengte > 0 ? elementen.MaximaleLengte : element.MaxLength;
                }
            }
        }
    }

    /// <summary>The schema of a field that carries codes of a list: the enum itself, or an array of it.</summary>
    public static IOpenApiSchema VoorCodelijst(IOpenApiSchema huidig, Type codelijst, SchemaRepository schemas)
    {
        var referentie = ContractCodelijsten.Referentie(codelijst, schemas);
        return huidig.Type is { } type && type.HasFlag(JsonSchemaType.Array)
            ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = referentie, Description = huidig.Description, MinItems = huidig.MinItems, MaxItems = huidig.MaxItems }
            : referentie;
    }
}
