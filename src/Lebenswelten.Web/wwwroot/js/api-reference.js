// Renders the OpenAPI document with the vendored Swagger UI; without JavaScript the page links the JSON.
(function () {
  var target = document.getElementById("swagger-ui");
  if (!target || typeof SwaggerUIBundle === "undefined") { return; }
  SwaggerUIBundle({ url: target.getAttribute("data-spec"), domNode: target, deepLinking: false });
})();
