# Portal público: derechos y ayuda para las personas afectadas por el control migratorio federal en
# Los Ángeles. Palabras sencillas; cada mensaje es un párrafo o un elemento de una lista.

## Estructura
pt-site-name = Los Ángeles: conozca sus derechos
pt-skip = Saltar al contenido
pt-languages = Idiomas
pt-nav = Secciones
pt-fallback-note = Algunas partes de esta página aún no están traducidas y se muestran en inglés.
pt-footer-private = Este sitio no usa cookies y no guarda ningún registro de quién lo lee.
pt-footer-city = Ciudad de Los Ángeles
pt-print = Imprimir esta página

## Navegación y títulos de las páginas
pt-home-title = Ayuda y sus derechos
pt-door-title = Si llegan agentes a su puerta, a su trabajo o a un edificio de la Ciudad
pt-rights-title = Sus derechos
pt-contacts-title = Contactos de emergencia
pt-family-title = Prepare a su familia
pt-services-title = Servicios de la Ciudad para familias
pt-workers-title = Derechos de los trabajadores y de los contratistas de la Ciudad
pt-card-title = Tarjeta de derechos para imprimir
pt-employees-title = Para empleados de la Ciudad: si llegan agentes a una propiedad de la Ciudad

## Inicio
pt-home-intro = Todas las personas en Los Ángeles tienen derechos, sin importar su estatus migratorio. Esta página le explica qué hacer si agentes de inmigración se le acercan y dónde conseguir ayuda.
pt-home-emergency = En una emergencia, llame al 911.
pt-home-hotline = Para reportar actividad de control migratorio o recibir ayuda ahora, llame a la línea directa de Los Angeles Rapid Response Network (Red de Respuesta Rápida de Los Ángeles): 888-624-4752. Se atiende todos los días; puede dejar un mensaje de voz.
pt-home-city = Los servicios de la Ciudad son para todas las personas que viven en Los Ángeles, sin importar su estatus migratorio. Llame al 311 para los servicios de la Ciudad.

## Si llegan agentes
pt-door-home-h = En su casa
pt-door-home-1 = No tiene que abrir la puerta. Hable a través de la puerta cerrada.
pt-door-home-2 = Pregunte quiénes son y por qué están ahí. Pídales que le muestren una orden: pueden pasarla por debajo de la puerta o mostrarla contra una ventana.
pt-door-home-3 = Los agentes pueden entrar a su casa sin su permiso solo con una orden firmada por un juez. Revise que indique el nombre de un tribunal, que esté firmada por un juez y que tenga su dirección correcta.
pt-door-home-4 = Un formulario de inmigración I-200 o I-205 está firmado por un oficial de inmigración, no por un juez. Por sí solo, no permite que los agentes entren a su casa. No abra la puerta.
pt-door-home-5 = Si los agentes entran de todos modos, no se resista. Diga claramente: "No doy mi consentimiento para este registro." Guarde silencio y llame a un abogado o a la línea directa.
pt-door-work-h = En su lugar de trabajo
pt-door-work-1 = Tiene derecho a guardar silencio. No tiene que contestar preguntas sobre dónde nació ni sobre su estatus migratorio.
pt-door-work-2 = No corra. Mantenga la calma y pregunte: "¿Puedo irme?" Si la respuesta es sí, retírese con calma.
pt-door-work-3 = No muestre documentos falsos y no firme nada sin hablar con un abogado.
pt-door-city-h = En un edificio o instalación de la Ciudad
pt-door-city-1 = Las áreas públicas de los edificios de la Ciudad siguen abiertas para usted. Puede seguir usando los servicios de la Ciudad.
pt-door-city-2 = El personal de la Ciudad no deja entrar a agentes de inmigración a las áreas que no están abiertas al público, a menos que los agentes tengan una orden firmada por un juez.
pt-door-city-3 = La Ciudad no usa a su personal, sus propiedades ni sus datos para el control migratorio (ordenanza santuario de la Ciudad, 2024).

## Derechos
pt-rights-1 = Tiene derecho a guardar silencio. Puede decir: "Quiero guardar silencio."
pt-rights-2 = No abra la puerta a menos que los agentes le muestren una orden firmada por un juez.
pt-rights-3 = No firme nada sin hablar con un abogado.
pt-rights-4 = Pregunte: "¿Puedo irme?" Si la respuesta es sí, váyase con calma.
pt-rights-5 = Tiene derecho a hablar con un abogado. Si lo detienen, pida uno y no conteste preguntas sin un abogado.
pt-rights-6 = No mienta y no muestre documentos falsos.
pt-rights-7 = Puede grabar lo que vea en lugares públicos, si es seguro hacerlo y no interfiere.

## Contactos
pt-contact-emergency = Emergencias (policía, bomberos, ambulancia)
pt-contact-hotline = Línea directa de Los Angeles Rapid Response Network (Red de Respuesta Rápida de Los Ángeles): reporte actividad de control migratorio, reciba ayuda. Todos los días; buzón de voz.
pt-contact-311 = Servicios e información de la Ciudad de Los Ángeles

## Familia
pt-family-1 = Haga ahora un plan familiar: quién recogerá a sus hijos en la escuela o los cuidará si usted no puede volver a casa.
pt-family-2 = Apréndase de memoria los números de teléfono importantes, incluidos el de una persona de confianza y el de la línea directa, 888-624-4752.
pt-family-3 = Guarde los documentos importantes (actas de nacimiento, pasaportes, expedientes médicos, contratos de alquiler) en un lugar seguro al que una persona de confianza pueda llegar.
pt-family-4 = Dígales a la escuela y al médico de sus hijos quién tiene permiso para recogerlos.
pt-family-5 = Lleve con usted el nombre y el número de teléfono de un abogado o de una organización de ayuda legal.

## Servicios
pt-services-1 = Los servicios de la Ciudad están disponibles para todas las personas que viven en Los Ángeles, sin importar su estatus migratorio.
pt-services-2 = El directorio de la Ciudad incluye ayuda legal, respuesta rápida, preparación familiar, salud mental, alimentos, vivienda y ayuda financiera, con los idiomas en que atiende cada servicio.
pt-services-3 = Llame al 311 para preguntar por los servicios de la Ciudad en su idioma.

## Trabajadores y contratistas
pt-workers-h = Trabajadores
pt-workers-1 = Sus derechos en el trabajo no dependen de su estatus migratorio. Puede guardar silencio cuando agentes de inmigración le hagan preguntas.
pt-workers-2 = Los agentes necesitan una orden firmada por un juez, o el consentimiento de su empleador, para entrar a las áreas de un lugar de trabajo que no están abiertas al público.
pt-workers-3 = No corra y no firme nada sin un abogado. Pregunte si puede irse.
pt-contractors-h = Contratistas de la Ciudad
pt-contractors-1 = La Ciudad no usa sus recursos, propiedades ni datos para el control migratorio. Esto se aplica al trabajo que usted hace para la Ciudad.
pt-contractors-2 = Si los agentes le piden acceso a instalaciones de la Ciudad o registros de la Ciudad, no se lo dé. Comuníquese de inmediato con el departamento de la Ciudad para el que trabaja.
pt-contractors-3 = No comparta con agentes de inmigración información sobre las personas a las que atiende la Ciudad.

## Tarjeta
pt-card-intro = Imprima esta tarjeta, dóblela y llévela con usted.
pt-card-show = Si lo paran, muestre este lado a un agente:
pt-card-statement = Estoy ejerciendo mi derecho a guardar silencio. No doy mi consentimiento para un registro. No firmaré nada sin hablar con un abogado. Si tiene una orden firmada por un juez, por favor pásela por debajo de la puerta o muéstremela por la ventana.

## Empleados de la Ciudad
pt-employees-1 = Mantenga la calma y sea cortés. No interfiera físicamente con los agentes.
pt-employees-2 = Las áreas públicas siguen siendo públicas. No deje entrar a los agentes a áreas que no están abiertas al público, a menos que muestren una orden firmada por un juez. Un formulario de inmigración (I-200, I-205) no es una orden judicial.
pt-employees-3 = Pida sus nombres, su agencia y sus números de placa, y la orden. Anótelos.
pt-employees-4 = Llame de inmediato a su supervisor y al enlace de asuntos de inmigrantes de su departamento.
pt-employees-5 = No comparta registros de la Ciudad ni información sobre las personas a las que atiende la Ciudad.
pt-employees-6 = Reporte lo que pasó en amparo lo antes posible. El reporte se envía a la Alcaldía.
pt-employees-report = Presentar un reporte (iniciar sesión)

## Directorio de servicios (búsqueda para residentes)
pt-dir-title = Encontrar ayuda
pt-dir-intro = Busque servicios para familias en Los Ángeles. No necesita dar su nombre y no se guarda nada de lo que busque.
pt-dir-filters = Buscar en el directorio
pt-dir-need = ¿Qué necesita?
pt-dir-need-any = Cualquier tipo de ayuda
pt-need-legal-aid = Ayuda legal
pt-need-rapid-response = Respuesta rápida ante el control migratorio
pt-need-family-preparedness = Preparación familiar
pt-need-mental-health = Salud mental
pt-need-food = Alimentos
pt-need-housing = Vivienda
pt-need-financial-help = Ayuda financiera
pt-dir-language = Idioma en que atienden
pt-dir-language-any = Cualquier idioma
pt-dir-zip = Código postal (ZIP)
pt-dir-zip-hint = Opcional. Si escribe un código postal, primero aparecen los servicios más cercanos.
pt-dir-point = O busque desde un punto en el mapa
pt-dir-latitude = Latitud
pt-dir-longitude = Longitud
pt-dir-distance = Distancia
pt-dir-distance-any = Cualquier distancia
pt-dir-within = Hasta { $miles ->
    [one] { $miles } milla
   *[other] { $miles } millas
}
pt-dir-open-now = Solo los que están abiertos ahora
pt-dir-search = Buscar
pt-dir-results = { $count ->
    [0] No se encontraron servicios
    [one] Se encontró { $count } servicio
   *[other] Se encontraron { $count } servicios
}
pt-dir-none = Ningún servicio coincide con su búsqueda. Pruebe con menos filtros, o llame al 211 o a la línea directa.
pt-dir-example = Ejemplo inventado: este no es un servicio real.
pt-dir-open = Abierto ahora
pt-dir-closed = Cerrado ahora
pt-dir-away = A { $miles } millas
pt-dir-phone = Teléfono
pt-dir-website = Sitio web
pt-dir-languages = Idiomas
pt-dir-hours = Horario
pt-dir-address = Dirección
pt-dir-by-phone = Por teléfono o en línea, desde cualquier lugar
pt-dir-err-title = Revise su búsqueda
pt-dir-err-zip = Escriba un código postal (ZIP) de cinco dígitos del condado de Los Ángeles.
pt-dir-err-point = Escriba la latitud y también la longitud de un punto del condado de Los Ángeles, o deje las dos en blanco.
pt-dir-err-distance = Para elegir una distancia, escriba también un código postal o un punto.
pt-dir-err-choice = Elija una de las opciones de la lista.
pt-dir-prev = Página anterior
pt-dir-next = Página siguiente
pt-dir-page = Página { $page } de { $pages }
pt-day-mo = Lunes
pt-day-tu = Martes
pt-day-we = Miércoles
pt-day-th = Jueves
pt-day-fr = Viernes
pt-day-sa = Sábado
pt-day-su = Domingo

## Páginas escritas por los editores
pt-page-version = Versión { $version }, publicada el { $date }
