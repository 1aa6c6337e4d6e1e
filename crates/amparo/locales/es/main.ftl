# Textos de la interfaz de amparo, en español (traducidos del inglés).

city-name = Ciudad de Los Ángeles
skip-to-content = Saltar al contenido
nav-language = Idioma
nav-main = Principal
nav-home = Inicio
nav-departments = Departamentos
nav-without-liaison = Departamentos sin enlace
nav-users = Cuentas
nav-tokens = Tokens de API
nav-audit = Registro de auditoría
nav-password = Cambiar contraseña
footer = amparo no guarda ningún registro del estatus migratorio de nadie. Todo acceso queda registrado.
back = Volver
back-home = Ir a la página de inicio
save = Guardar
yes = Sí
no = No
unknown = Desconocido
never = Nunca
any = Cualquiera
filter = Filtrar
pagination = Páginas
previous-page = Página anterior
next-page = Página siguiente
page-of = Página { $page }
actions = Acciones
status = Estado
role = Rol
department = Departamento
email = Correo electrónico
password = Contraseña

role-admin = Administrador/a
role-reviewer = Revisor/a (Oficina de Asuntos de Inmigrantes de la Alcaldía)
role-liaison = Enlace de asuntos de inmigrantes
role-employee = Empleado/a municipal
role-member = Integrante del grupo de trabajo
role-editor = Editor/a del portal
role-auditor = Auditor/a

sign-in = Iniciar sesión
sign-in-title = Iniciar sesión en amparo
sign-in-help = ¿Olvidó su contraseña o su cuenta está bloqueada? Pida una nueva contraseña de un solo uso a quien administre amparo en su departamento.
sign-out = Cerrar sesión

password-title = Cambie su contraseña
password-forced = Inició sesión con una contraseña de un solo uso. Elija su propia contraseña para continuar.
password-rules = Use de 15 a 128 caracteres. Unas cuantas palabras sin relación entre sí forman una buena contraseña.
current-password = Contraseña actual
new-password = Nueva contraseña
confirm-password = Confirme la nueva contraseña
change-password = Cambiar contraseña

notice-signed-out = Cerró sesión.
notice-password-changed = Se cambió su contraseña. Sus demás sesiones se cerraron.
notice-saved = Se guardó.
notice-session-ended = Su sesión terminó. Por favor, inicie sesión de nuevo.

home-admin = Administración
home-reviewer = Revisión
home-liaison = Departamento
home-employee = Departamento
home-member = Grupo de trabajo
home-editor = Contenido del portal
home-auditor = Registro de auditoría
home-member-intro = Inició sesión como integrante del grupo de trabajo sobre pautas para oficiales.
home-editor-intro = Inició sesión como editor/a del portal público de derechos y servicios.
home-departments = { $count } departamentos
home-without-liaison = { $count ->
    [one] 1 departamento sin enlace
   *[other] { $count } departamentos sin enlace
}
home-your-department = Usted actúa en nombre de { $name }.
home-no-liaison-yet = Este departamento aún no tiene enlace de asuntos de inmigrantes.
home-no-department = Su cuenta no está vinculada a ningún departamento. Pida a un administrador que la vincule.
home-audit-entries = { $count ->
    [one] El registro de auditoría contiene 1 entrada.
   *[other] El registro de auditoría contiene { $count } entradas.
}
home-last-checkpoint = Último punto de control firmado: { $at }
home-no-checkpoint = Aún no se ha registrado ningún punto de control firmado.

departments-title = Departamentos
departments-count = { $count ->
    [one] 1 departamento.
   *[other] { $count } departamentos.
}
without-liaison-title = Departamentos sin enlace
without-liaison-none = Todos los departamentos tienen un enlace principal de asuntos de inmigrantes.
without-liaison-count = { $count ->
    [one] 1 departamento no tiene enlace principal de asuntos de inmigrantes.
   *[other] { $count } departamentos no tienen enlace principal de asuntos de inmigrantes.
}
department-new = Agregar un departamento
department-edit = Editar { $name }
department-edit-link = Editar este departamento
col-name = Nombre
col-abbreviation = Abreviatura
col-kind = Tipo
col-facilities = Instalaciones
col-primary-liaison = Enlace principal
col-backup-liaison = Enlace suplente
headcount = Número de empleados
kind-department = Departamento
kind-office = Oficina
kind-elected_office = Oficina de cargo electo
kind-proprietary_department = Departamento propietario
kind-pension_department = Departamento de pensiones
kind-public_works_bureau = Buró de Obras Públicas

liaisons-title = Enlaces de asuntos de inmigrantes
liaison-primary = Enlace principal
liaison-backup = Enlace suplente
liaison-primary-edit = Designar el enlace principal
liaison-backup-edit = Designar el enlace suplente
liaison-none = Sin designar
liaison-remove = Quitar este enlace
job-title = Cargo
work-email = Correo electrónico laboral
work-phone = Teléfono laboral

facilities-title = Instalaciones (propiedades de la Ciudad)
facilities-none = Aún no hay instalaciones registradas.
facility-new = Agregar una instalación
facility-edit = Editar { $name }
address = Dirección
latitude = Latitud
longitude = Longitud
coordinates-hint = Las coordenadas son opcionales; indique ambas o ninguna, en grados decimales (por ejemplo, 34.0537 y -118.2428).
non-public-areas = Áreas sin acceso al público

users-title = Cuentas
users-none = Aún no hay cuentas.
user-new = Agregar una cuenta
user-new-hint = La nueva cuenta recibe una contraseña de un solo uso, que se muestra una sola vez y debe cambiarse al iniciar sesión por primera vez.
user-create = Crear cuenta
user-created = Cuenta creada
user-created-explanation = Entregue esta contraseña de un solo uso a { $email } por un medio seguro. Debe cambiarse al iniciar sesión por primera vez.
user-reset = Contraseña restablecida
user-reset-explanation = Entregue esta contraseña de un solo uso a { $email } por un medio seguro. Se cerraron todas las sesiones de esa cuenta.
user-reset-button = Restablecer contraseña
user-reset-for = Restablecer contraseña de { $email }
user-disable = Desactivar
user-disable-for = Desactivar { $email }
user-enable = Activar
user-enable-for = Activar { $email }
status-active = Activa
status-pending = Pendiente de elegir contraseña
status-disabled = Desactivada
status-revoked = Revocado
department-hint = Los enlaces y los empleados pertenecen a un departamento; los demás roles, a ninguno.
department-none = Sin departamento
secret-shown-once = Esto se muestra solo ahora. amparo guarda únicamente un hash de este valor.

tokens-title = Tokens de API
tokens-hint = Los tokens permiten que los quioscos y otros sistemas usen la API. Cada uno actúa con un rol y, en el caso de enlaces y empleados, con un departamento.
tokens-none = Aún no hay tokens de API.
token-new = Emitir un token
token-create = Emitir token
token-created = Token de API emitido
token-created-explanation = Copie ahora este token en la configuración del cliente.
token-created-at = Emitido
token-last-used = Último uso
token-revoke = Revocar
token-revoke-for = Revocar el token { $name }

audit-title = Registro de auditoría
audit-actor = Actor
audit-action = Acción
audit-object = Objeto
audit-object-type = Tipo de objeto
audit-object-id = ID del objeto
audit-outcome = Resultado
audit-time = Hora (UTC)
audit-from = Desde
audit-to = Hasta
audit-export = Exportar estas entradas como CSV
audit-none = No hay entradas que coincidan.
older-entries = Entradas anteriores

error-summary = Algunas respuestas requieren atención. Cada problema se indica junto a su campo.
error-required = Este campo es obligatorio.
error-too-long = El texto es demasiado largo.
error-number = Ingrese un número.
error-email-required = Ingrese su correo electrónico.
error-email-invalid = Ingrese un correo electrónico como name@lacity.org.
error-email-taken = Ya existe una cuenta con este correo electrónico.
error-password-required = Ingrese su contraseña.
error-password-too-short = Use al menos 15 caracteres.
error-password-too-long = Use como máximo 128 caracteres.
error-password-mismatch = Las dos contraseñas nuevas no coinciden.
error-current-password = Su contraseña actual no es correcta.
error-login-failed = El correo electrónico o la contraseña no son correctos.
error-name-required = Ingrese un nombre.
error-role-invalid = Elija un rol.
error-department-required = Los enlaces y los empleados necesitan un departamento.
error-department-not-allowed = Solo los enlaces y los empleados pertenecen a un departamento.
error-department-unknown = Elija un departamento de la lista.
error-abbreviation = Use solo letras, dígitos y guiones.
error-kind = Elija un tipo de la lista.
error-headcount = Ingrese un número entre 0 y 1,000,000.
error-latitude = La latitud debe estar entre -90 y 90.
error-longitude = La longitud debe estar entre -180 y 180.
error-coordinates-pair = Indique la latitud y la longitud, o ninguna de las dos.
error-phone = Ingrese un número de teléfono de 7 a 15 dígitos.
error-taken = Otro registro ya usa este valor.
error-page = Las páginas van de 1 a 1.000.000.
error-date = Las fechas deben escribirse en formato YYYY-MM-DD.

error-unauthenticated = Debe iniciar sesión
error-unauthenticated-detail = Inicie sesión para continuar.
error-forbidden = Acceso no permitido
error-forbidden-detail = Su rol no da acceso a esta página. El intento quedó registrado.
error-not-found = No se encontró
error-not-found-detail = Aquí no hay nada, o usted no tiene permiso para verlo.
error-bad-request = No se entendió la solicitud
error-bad-request-detail = No se pudo leer la solicitud:
error-csrf = Formulario vencido
error-csrf-detail = Este formulario ya no es válido. Regrese, vuelva a cargar la página e inténtelo de nuevo.
error-invalid = Revise sus respuestas
error-invalid-detail = Algunos valores no son válidos.
error-too-many = Demasiados intentos
error-too-many-detail = Demasiados intentos fallidos de inicio de sesión. Espere un minuto e inténtelo de nuevo.
error-internal = Algo salió mal
error-internal-detail = amparo no pudo terminar esta acción. No se perdió nada de lo que guardó antes. Por favor, inténtelo de nuevo.

# Reportes de actividad de agentes federales
nav-report = Reportar actividad de agentes federales
nav-reports = Reportes
notice-received = Recibido.
report-title = Reportar actividad de agentes federales
report-heading = Reporte { $id }
report-received = Recibido. Su reporte quedó guardado y se avisó al enlace de su departamento y a la Alcaldía.
protocol-title = Si hay agentes federales aquí
protocol-1 = Pida una orden judicial firmada por un juez.
protocol-2 = Los formularios I-200 e I-205 y las solicitudes de detención (detainers, I-247A) son formularios administrativos, no órdenes judiciales.
protocol-3 = No dé su consentimiento para que entren a áreas sin acceso al público.
protocol-4 = Llame al enlace de asuntos de inmigrantes de su departamento.
protocol-5 = Anote los nombres, los números de placa y lo que dice la orden.
protocol-your-liaison = Su enlace:
report-when = Cuándo
report-observed-at = Fecha y hora en que lo vio (hora de Los Ángeles)
report-ongoing = Todavía está ocurriendo
report-ongoing-short = todavía está ocurriendo
report-where = Dónde
report-facility = Propiedad de la Ciudad
report-facility-none = No está en esta lista: indique el departamento y la dirección abajo
report-department = Departamento
report-location-text = Dirección o cruce de calles (si la propiedad no está en la lista)
report-coordinates = Coordenadas (opcional)
report-accuracy = Precisión en metros
report-area = ¿En qué área?
report-area-public = Un área con acceso al público
report-area-non-public = Un área sin acceso al público
report-area-grounds = Estacionamiento o terrenos de la propiedad
report-area-outside = Afuera, cerca de la propiedad
report-agencies = Agencias que vio (elija todas las que correspondan)
report-agencies-ice-ero = ICE ERO
report-agencies-ice-hsi = ICE HSI
report-agencies-cbp = CBP
report-agencies-border-patrol = Patrulla Fronteriza
report-agencies-fbi = FBI
report-agencies-dea = DEA
report-agencies-atf = ATF
report-agencies-marshals = Alguaciles federales (U.S. Marshals)
report-agencies-national-guard = Guardia Nacional
report-agencies-other-federal = Otra agencia federal
report-agencies-unknown = No se sabe
report-identified-by = Cómo se supo quiénes eran (elija todas las que correspondan)
report-identified-by-vest-or-patch = Texto en el chaleco o en un parche
report-identified-by-vehicle-markings = Distintivos en los vehículos
report-identified-by-said-so = Ellos lo dijeron
report-identified-by-documents = Documentos
report-identified-by-not-identified = No se identificaron
report-attire = Ropa
report-attire-uniformed = Con uniforme
report-attire-plain-clothes = De civil
report-attire-both = Ambos
report-attire-unknown = No se sabe
report-masked = ¿Llevaban máscara o la cara cubierta?
report-masked-none = Ninguno
report-masked-some = Algunos
report-masked-all = Todos
report-masked-unknown = No se sabe
report-id-visible = ¿Se veía su nombre o número de placa?
report-id-visible-yes = Sí
report-id-visible-no = No
report-id-visible-unknown = No se sabe
report-activities = Qué pasó (elija todas las que correspondan)
report-activities-staging = Agentes reuniéndose o preparándose
report-activities-surveillance = Vigilancia
report-activities-questioning = Interrogatorio
report-activities-detention = Detención
report-activities-arrest = Arresto
report-activities-raid = Redada en un lugar
report-activities-checkpoint = Punto de revisión
report-activities-departed = Se fueron
report-activities-other = Otro
report-warrant = Orden que mostraron
report-warrant-judicial = Orden judicial (firmada por un juez)
report-warrant-administrative = Formulario administrativo (I-200, I-205)
report-warrant-detainer = Solicitud de detención (detainer, I-247A)
report-warrant-none = Ninguna
report-warrant-unknown = No se sabe
report-nonpublic-requested = ¿Pidieron entrar a un área sin acceso al público?
report-nonpublic-requested-yes = Sí
report-nonpublic-requested-no = No
report-nonpublic-requested-unknown = No se sabe
report-nonpublic-granted = ¿Se les dejó entrar a un área sin acceso al público?
report-nonpublic-granted-yes = Sí
report-nonpublic-granted-no = No
report-nonpublic-granted-unknown = No se sabe
report-city-data-requested = ¿Pidieron recursos, registros o datos de la Ciudad?
report-city-data-requested-yes = Sí
report-city-data-requested-no = No
report-city-data-requested-unknown = No se sabe
report-lapd-present = ¿Estaba presente el LAPD?
report-lapd-present-yes = Sí
report-lapd-present-no = No
report-lapd-present-unknown = No se sabe
report-force-used = ¿Hubo heridos o uso de la fuerza?
report-force-used-yes = Sí
report-force-used-no = No
report-force-used-unknown = No se sabe
report-numbers = Cantidades (solo números, nunca nombres)
report-agents-min = Número de agentes (como mínimo)
report-vehicles-marked = Vehículos con distintivos
report-vehicles-unmarked = Vehículos sin distintivos
report-detained-count = Personas detenidas
report-minors-count = Menores de edad involucrados
report-injuries-count = Personas heridas
report-supervisor = Supervisor/a federal, si dio sus datos
report-supervisor-name = Nombre del supervisor/a
report-supervisor-badge = Número de placa del supervisor/a
report-staff-actions = Lo que hizo el personal
report-narrative = Qué pasó, en sus propias palabras
report-redaction-hint = No escriba el estatus migratorio ni la nacionalidad de nadie. Antes de guardar el reporte se eliminan los nombres, números de teléfono, correos electrónicos, números de Seguro Social, números A (A-number) y domicilios; usted verá lo que se eliminó.
report-preview-button = Revisar y continuar
report-preview-title = Revise su reporte
report-preview-intro = Esto es lo que se guardará. Se eliminaron los datos personales del texto.
report-narrative-empty = (sin texto)
report-removed-title = Eliminado antes de guardar
report-removed-none = No hubo que eliminar nada.
report-send = Enviar reporte
report-change = Cambiar algo
report-status = Estado
report-status-new = Nuevo
report-status-acknowledged = Recibo confirmado
report-status-escalated = Remitido a la Alcaldía
report-acknowledge = Confirmar recibo
report-acknowledge-for = Confirmar recibo del reporte { $id }
redacted-name = Nombre
redacted-phone = Número de teléfono
redacted-email = Correo electrónico
redacted-ssn = Número de Seguro Social
redacted-a-number = Número A (A-number)
redacted-address = Domicilio
queue-title = Reportes
queue-live-hint = Esta lista se actualiza sola cuando llegan reportes. Vuelva a cargar la página para actualizarla manualmente.
queue-updated = Última actualización:
queue-empty = No hay reportes abiertos.
queue-show-all = Mostrar todos los reportes
queue-show-open = Mostrar solo los reportes abiertos
error-choose = Elija una de las respuestas.
error-choose-one-or-more = Elija al menos una.
error-count = Ingrese un número entero del 0 al 10,000.
error-future = Esta fecha y hora todavía no ha llegado.
error-too-old = Solo se pueden reportar hechos de los últimos 90 días.
error-datetime = Ingrese la fecha y la hora.
error-facility-unknown = Elija una propiedad de la lista.
error-location-required = Elija una propiedad, o indique la dirección o el cruce de calles.
error-idempotency-key = Este formulario está vencido. Vuelva a cargarlo e inténtelo de nuevo.
error-idempotency-reused = Este formulario ya se usó para otro reporte. Revíselo y envíelo de nuevo.

# Incidentes
nav-incidents = Incidentes
incidents-title = Incidentes
incidents-none = Ningún incidente coincide.
incident-heading = Incidente { $id }
incident-number = Incidente
incident-when = Cuándo (hora de Los Ángeles)
incident-reports = Reportes
incident-state = Estado
incident-state-new = Nuevo
incident-state-acknowledged = Recibo confirmado
incident-state-verifying = En verificación
incident-state-confirmed = Confirmado
incident-state-unconfirmed = No confirmado
incident-state-false-alarm = Falsa alarma
incident-state-duplicate = Duplicado
incident-state-closed = Cerrado
incident-awaiting-second = otra persona revisora debe estar de acuerdo antes de confirmarlo
incident-suggestions = Posiblemente el mismo hecho
incident-why-facility = misma propiedad
incident-why-metres = a { $metres } m
incident-merge = Unir a este incidente
incident-merge-for = Unir a este incidente: incidente { $id }
incident-split = Separar
incident-split-for = Separar el reporte { $id } en un incidente propio
incident-change-state = Cambiar el estado
incident-new-state = Nuevo estado
incident-evidence = Evidencia usada
incident-note = Nota
incident-apply = Registrar el cambio
incident-history = Historial
incident-change = Cambio
incident-change-opened = Abierto
incident-change-state-changed = Cambio de estado
incident-change-confirmation-requested = Confirmación solicitada
incident-change-report-merged-in = Reporte unido
incident-change-merged-into-another-incident = Unido a otro incidente
incident-change-report-split-off = Reporte separado
incident-change-opened-by-split = Abierto por separación
error-incident-transition = Ese cambio no es posible desde este estado.
error-incident-second-reviewer = Otra persona revisora debe estar de acuerdo antes de confirmarlo.
error-incident-same = Un incidente no se puede unir consigo mismo.
error-incident-report = Ese reporte no es parte de este incidente.
error-incident-last-report = Un incidente conserva al menos un reporte.

## Panel e informe diario
nav-dashboard = Panel
nav-briefing = Informe diario
nav-districts = Distritos del Concejo
dashboard-title = Panel
dashboard-from = Desde
dashboard-to = Hasta
dashboard-agency = Agencia
dashboard-district = Distrito del Concejo
dashboard-live-hint = Esta página se actualiza sola cuando llegan reportes. Sin JavaScript, vuelva a cargarla.
dashboard-summary = { $count ->
    [one] 1 incidente
   *[other] { $count } incidentes
}
dashboard-counts = Conteos
dashboard-timeline = Incidentes por día
dashboard-by-department = Por departamento
dashboard-by-agency = Por agencia
dashboard-by-activity = Por actividad
dashboard-by-district = Por distrito del Concejo
dashboard-top-facilities = Instalaciones con más incidentes
dashboard-none = Ninguno en este periodo.
dashboard-incidents = Incidentes
dashboard-map = Mapa
dashboard-map-hint = Incidentes con coordenadas, sobre los límites de los distritos del Concejo cuando hay un archivo de límites cargado.
district-name = Distrito { $name }
export-csv = Descargar CSV
export-geojson = Descargar GeoJSON
error-date-order = La fecha de inicio no puede ser posterior a la fecha final.
error-date-span = Elija un periodo de tres años como máximo.
briefing-title = Informe diario
briefing-heading = Informe diario del { $day }
briefing-day = Día
briefing-show = Mostrar
briefing-truncated = Este día tiene más incidentes de los que cabe en el informe; use el panel o una exportación para verlos todos.
briefing-notable = Requiere atención
briefing-notable-none = No se reportó nada destacable este día.
briefing-new = Incidentes nuevos
briefing-confirmed = Incidentes confirmados
briefing-new-count = { $count ->
    [one] 1 incidente comenzó este día.
   *[other] { $count } incidentes comenzaron este día.
}
briefing-confirmed-count = { $count ->
    [one] 1 incidente se confirmó este día.
   *[other] { $count } incidentes se confirmaron este día.
}
briefing-began = Inicio
briefing-place = Lugar
notable-nonpublic-requested = Se pidió entrar a un área no pública
notable-city-data-requested = Se pidieron registros o datos de la Ciudad
notable-force-used = Lesiones o uso de la fuerza
notable-masked = Agentes con el rostro cubierto

## Límites de los distritos del Concejo
districts-title = Límites de los distritos del Concejo
districts-hint = Cargue el archivo de límites de los distritos del Concejo (GeoJSON, polígonos con una propiedad name o district). Cada reporte e incidente con coordenadas se asigna al distrito en que cae. Un archivo que no se puede leer se rechaza y el actual sigue vigente.
districts-in-force = Archivo vigente
districts-loaded = Cargado
districts-count = Distritos
districts-none = Aún no hay un archivo de límites cargado, así que los reportes no se asignan a distritos del Concejo.
districts-load = Cargar un archivo de límites
districts-file = Archivo GeoJSON
districts-error-file = Elija un archivo GeoJSON.
districts-error-utf8 = El archivo no es texto UTF-8; expórtelo de nuevo como GeoJSON.

## Estadísticas públicas
nav-statistics = Estadísticas públicas
stats-title = Estadísticas públicas
stats-intro = Reportes de actividad federal de control migratorio en propiedades de la Ciudad de Los Ángeles, contados como incidentes (un mismo hecho, aunque varias personas lo reporten), por la semana en que comenzaron. No se cuentan las falsas alarmas ni los duplicados.
stats-as-of = Los conteos incluyen solo lo observado y registrado antes del { $time } (hora de Los Ángeles): nada se publica antes de cumplir 24 horas.
stats-by = Contar por
stats-weeks = Semanas
stats-grid = Datos del mapa (cuadrícula de 500 m)
stats-caption = Incidentes por semana (las semanas empiezan el lunes)
stats-total = Total
stats-withheld = reservado
stats-no-districts = Aún no hay límites de distritos del Concejo cargados, así que no hay conteos por distrito.
stats-method = Un guion indica un número reservado: no se publican los conteos de 1 a 10 y, cuando uno podría deducirse de los totales, se reservan también otros números. Los datos del mapa dan el centro de una celda de unos 500 metros, nunca el lugar reportado.
error-weeks = Elija entre 1 y 104 semanas.

## Archivos adjuntos
attach-title = Fotos y documentos
attach-none = No hay archivos adjuntos.
attach-link = Archivo adjunto { $id }
attach-size = { $kb } KB
attach-removed = Se quitó antes de guardar:
attach-file = Agregar una foto o un documento
attach-hint = Una foto JPEG o PNG (de una orden o de un documento, por ejemplo), de hasta 10 MB; como máximo 5 por reporte. Los datos de ubicación y de la cámara se quitan antes de guardarla. Los archivos PDF aún no se pueden limpiar de sus datos ocultos; fotografíe las páginas.
attach-add = Adjuntar
attach-error-empty = Elija un archivo.
attach-error-large = El archivo pesa más de 10 MB.
attach-error-type = Solo se pueden adjuntar fotos JPEG y PNG.
attach-error-malformed = El archivo está dañado y no se puede leer.
attach-error-purged = Los adjuntos de este informe se eliminaron según la política de conservación; uno nuevo también se eliminaría, salvo que se establezca una retención legal.
attach-error-many = Este reporte ya tiene 5 archivos adjuntos.

## Planes de preparación y tablero de cumplimiento
nav-plan = Plan de preparación
nav-compliance = Tablero de cumplimiento
plan-heading = Plan de preparación: { $department }
plan-status = Estado del plan
plan-status-draft = Borrador
plan-status-submitted = Enviado, en espera de revisión
plan-status-changes-requested = Se pidieron cambios
plan-status-approved = Aprobado
plan-due = Fecha límite
deadline-on-time = enviado a tiempo
deadline-late = { $days ->
    [one] enviado con 1 día de retraso
   *[other] enviado con { $days } días de retraso
}
deadline-pending = { $days ->
    [0] vence hoy
    [one] queda 1 día
   *[other] quedan { $days } días
}
deadline-overdue = { $days ->
    [one] vencido hace 1 día
   *[other] vencido hace { $days } días
}
plan-autosave-hint = Su borrador se guarda mientras escribe.
plan-autosaved = Borrador guardado a las
plan-needs-changes = El revisor pidió cambios
plan-body-label = Lo que hace el departamento: { $element }
plan-assessment-label = Autoevaluación: { $element }
plan-reason-label = Si no aplica, por qué: { $element }
plan-guideline-label = Pauta del grupo de trabajo que sigue este elemento: { $element }
plan-guideline-none = Ninguna
plan-guideline-cited = Sigue la pauta del grupo de trabajo
plan-guideline-adopted = versión { $version }, aprobada el { $date }
plan-guideline-superseded = sustituida desde entonces
plan-error-guideline = Elija una pauta que el grupo de trabajo haya aprobado.
plan-assessment = Autoevaluación
plan-assessment-complete = Completo
plan-assessment-partial = Parcial
plan-assessment-not-applicable = No aplica
plan-unanswered = sin responder
plan-save = Guardar borrador
plan-submit = Enviar el plan
plan-verdict-meets = Cumple la directiva
plan-verdict-needs-changes = Necesita cambios
plan-review-heading = Revisión de la versión { $version }
plan-comment-label = Comentario: { $element }
plan-review-comment = Comentario general (opcional)
plan-request-changes = Pedir cambios
plan-approve = Aprobar el plan
plan-history = Versiones y revisiones
plan-no-versions = Aún no se ha enviado.
plan-version = Versión { $version }
plan-diff-link = cambios desde la versión { $version }
plan-diff-heading = Cambios desde la versión { $from }
plan-diff-legend = Las palabras quitadas aparecen tachadas; las añadidas, subrayadas.
plan-diff-unchanged = Sin cambios.
plan-diff-removed = quitado
plan-diff-added = añadido
plan-back = Volver al plan
plan-decision-approved = aprobado
plan-decision-changes-requested = se pidieron cambios
plan-approval-record = Registro de aprobación
plan-not-reviewed = Esta versión no se ha revisado.
plan-error-assess = Elija completo, parcial o no aplica.
plan-error-reason = Explique por qué este elemento no aplica.
plan-error-body = Describa lo que hace el departamento en este elemento.
plan-error-comment = Diga qué debe cambiar.
plan-error-approve-all = Para aprobar, todos los elementos deben cumplir la directiva.
plan-error-changes-none = Para pedir cambios, marque al menos un elemento que los necesite.
plan-error-not-editable = Este plan está en revisión y no se puede volver a enviar ahora.
plan-error-not-submitted = Este plan no está en espera de revisión.
board-title = Tablero de cumplimiento
board-directive = Directiva
board-deadline = Plazo
board-deadline-on-time = A tiempo
board-deadline-late = Con retraso
board-deadline-pending = Aún no vence
board-deadline-overdue = Vencido
board-liaisons = Enlaces
board-primary = principal
board-no-primary = sin enlace
board-backup = suplente
board-elements-met = Elementos que cumplen
board-training = Capacitados
board-reports = Reportes (30 días)
board-unacknowledged = Sin confirmar
board-approved = { $count ->
    [one] 1 plan aprobado
   *[other] { $count } planes aprobados
}
board-departments = { $count ->
    [one] 1 departamento
   *[other] { $count } departamentos
}
plans-title = Planes de preparación
plans-none = Ninguna directiva pide todavía un plan a este departamento.
directives-title = Directivas
directive-new = Agregar una directiva
directive-new-hint = Se aplica a todos los departamentos salvo las oficinas electas y abre un plan para cada uno. Escriba un elemento requerido por línea, como "Título: lo que debe decir el plan".
directive-number = Número (p. ej. ED 17)
directive-title = Título
directive-signed = Firmada el
directive-rule = Plazo (p. ej. "15 calendar days", "10 business days" o una fecha)
directive-elements = Elementos requeridos, uno por línea
directive-create = Agregar la directiva
directive-error-number = Indique el número de la directiva (hasta 20 caracteres).
directive-error-taken = Ya existe una directiva con este número.
directive-error-elements = Escriba entre 1 y 30 elementos, uno por línea, cada uno con un título.
nav-directives = Directivas
training-heading = Capacitación: { $department }
training-summary = { $percent } % del personal capacitado,
training-of = { $count ->
    [one] de 1 empleado.
   *[other] de { $count } empleados.
}
training-no-headcount = { $count ->
    [one] 1 persona capacitada. Registre el número de empleados del departamento para ver el porcentaje.
   *[other] { $count } personas capacitadas. Registre el número de empleados del departamento para ver el porcentaje.
}
training-none = Aún no hay capacitaciones registradas.
training-sessions = Sesiones de capacitación
training-date = Fecha
training-topic = Tema
training-audience = Público
training-trained = Personas capacitadas
training-materials = Materiales
training-add = Registrar una sesión
training-save = Registrar la sesión
training-import = Importar asistencia de un sistema de aprendizaje
training-import-hint = Un archivo CSV con columnas para la fecha, el curso o tema y el número de personas capacitadas (asistentes, finalizaciones); el público y los materiales son opcionales. Se importan todas las filas o ninguna.
training-file = Archivo CSV
training-import-button = Importar
training-import-failed = No se importó nada:
training-error-file = Elija un archivo CSV.
training-error-date = Indique la fecha como AAAA-MM-DD.
training-error-topic = Indique el tema.
training-error-count = Indique el número de personas capacitadas como número entero.
plan-training-link = Registros de capacitación
directive-departments = Se aplica a (todos los departamentos salvo las oficinas electas, a menos que lo cambie)
directive-error-departments = Elija al menos un departamento.
portal-link = Derechos y ayuda para el público, en su idioma

directory-import-title = Directorio de servicios: importar y exportar
directory-records = { $count ->
    [one] El directorio tiene 1 registro.
   *[other] El directorio tiene { $count } registros.
}
directory-import-hint = Elija a la vez todos los archivos de un paquete de datos Open Referral HSDS 3.0 (sus archivos CSV; también puede incluir datapackage.json). Primero se revisa todo el paquete: si alguna fila tiene un error, no se importa nada y se muestran todos los problemas.
directory-import-files = Archivos del paquete de datos
directory-import-button = Revisar e importar
directory-import-failed = No se importó nada. Corrija estas filas e inténtelo de nuevo:
directory-import-none = Elija los archivos del paquete.
directory-export = Exportar el directorio como paquete de datos
nav-directory = Directorio de servicios
retention-hold = Retención legal
retention-held = Retenido desde el { $date } por { $by }:
retention-none = Sin retención legal. El relato, las acciones del personal y los adjuntos se eliminan { $days } días después de presentarse el informe.
retention-kept = Sin retención legal. La eliminación está desactivada: no se elimina nada.
retention-reason = Por qué se retiene el informe (por ejemplo, el asunto o la solicitud para la que se conserva)
retention-set = Establecer una retención legal
retention-lift = Levantar la retención legal
retention-purged = El relato, las acciones del personal y los adjuntos se eliminaron el { $date } según la política de conservación.
