<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppContext</name>
    <message>
        <source>this counter has no central server</source>
        <translation>este mostrador no tiene servidor central</translation>
    </message>
    <message>
        <source>not working on an offline copy</source>
        <translation>no se está trabajando con una copia sin conexión</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Customer added</source>
        <translation>Cliente añadido</translation>
    </message>
    <message>
        <source>Recovery opened</source>
        <translation>Recuperación abierta</translation>
    </message>
    <message>
        <source>Apologized</source>
        <translation>Disculpa ofrecida</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Solucionado</translation>
    </message>
    <message>
        <source>Gesture given</source>
        <translation>Gesto entregado</translation>
    </message>
    <message>
        <source>Gesture approved by a supervisor</source>
        <translation>Gesto aprobado por un supervisor</translation>
    </message>
    <message>
        <source>Gestures totalled</source>
        <translation>Gestos sumados</translation>
    </message>
    <message>
        <source>Follow-up scheduled</source>
        <translation>Seguimiento programado</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <source>Customer not reached</source>
        <translation>Cliente no localizado</translation>
    </message>
    <message>
        <source>Follow-up reopened</source>
        <translation>Seguimiento reabierto</translation>
    </message>
    <message>
        <source>Recovery closed</source>
        <translation>Recuperación cerrada</translation>
    </message>
    <message>
        <source>Recovery corrected</source>
        <translation>Recuperación corregida</translation>
    </message>
    <message>
        <source>Playbook imported</source>
        <translation>Manual importado</translation>
    </message>
    <message>
        <source>Spending limits changed</source>
        <translation>Límites de gasto cambiados</translation>
    </message>
    <message>
        <source>Employee added</source>
        <translation>Empleado añadido</translation>
    </message>
    <message>
        <source>Employee reactivated</source>
        <translation>Empleado reactivado</translation>
    </message>
    <message>
        <source>Employee deactivated</source>
        <translation>Empleado desactivado</translation>
    </message>
    <message>
        <source>Employee unlocked</source>
        <translation>Empleado desbloqueado</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN restablecido</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rol cambiado</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Review threshold changed</source>
        <translation>Umbral de revisión cambiado</translation>
    </message>
    <message>
        <source>Opening hours changed</source>
        <translation>Horario cambiado</translation>
    </message>
    <message>
        <source>Marked as reviewed</source>
        <translation>Marcado como revisado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Playbook edited</source>
        <translation>Manual editado</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>Día cerrado</translation>
    </message>
    <message>
        <source>Drill practised</source>
        <translation>Simulacro practicado</translation>
    </message>
    <message>
        <source>Drill added to the library</source>
        <translation>Simulacro añadido a la biblioteca</translation>
    </message>
    <message>
        <source>Story nominated</source>
        <translation>Historia propuesta</translation>
    </message>
    <message>
        <source>Story approved</source>
        <translation>Historia aprobada</translation>
    </message>
    <message>
        <source>Story edited</source>
        <translation>Historia editada</translation>
    </message>
    <message>
        <source>Story declined</source>
        <translation>Historia rechazada</translation>
    </message>
    <message>
        <source>Prevention action opened</source>
        <translation>Acción de prevención abierta</translation>
    </message>
    <message>
        <source>Prevention action updated</source>
        <translation>Acción de prevención actualizada</translation>
    </message>
    <message>
        <source>Prevention action closed</source>
        <translation>Acción de prevención cerrada</translation>
    </message>
    <message>
        <source>Customer is back</source>
        <translation>El cliente ha vuelto</translation>
    </message>
    <message>
        <source>A counter&apos;s history moved in</source>
        <translation>Historial de un mostrador incorporado</translation>
    </message>
    <message>
        <source>Recovery arrived from an offline counter</source>
        <translation>Incidencia llegada de un mostrador sin conexión</translation>
    </message>
    <message>
        <source>Follow-up arrived from an offline counter</source>
        <translation>Seguimiento llegado de un mostrador sin conexión</translation>
    </message>
    <message>
        <source>Offline allowance shared out</source>
        <translation>Margen sin conexión repartido</translation>
    </message>
    <message>
        <source>Limit broken offline</source>
        <translation>Límite superado sin conexión</translation>
    </message>
    <message>
        <source>A counter&apos;s copy failed its check</source>
        <translation>La copia de un mostrador no pasó su comprobación</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 reached the customer: satisfaction %2 of 5, %3.</source>
        <translation>%1 habló con el cliente: satisfacción %2 de 5, %3.</translation>
    </message>
    <message>
        <source>%1 did the follow-up.</source>
        <translation>%1 hizo el seguimiento.</translation>
    </message>
    <message>
        <source>%1 could not reach the customer (try %2); next try %3.</source>
        <translation>%1 no localizó al cliente (intento %2); próximo intento %3.</translation>
    </message>
    <message>
        <source>category %1 → %2</source>
        <translation>categoría %1 → %2</translation>
    </message>
    <message>
        <source>severity %1 → %2</source>
        <translation>gravedad %1 → %2</translation>
    </message>
    <message>
        <source>what happened now reads %1</source>
        <translation>lo ocurrido dice ahora %1</translation>
    </message>
    <message>
        <source>withdrew %1, recorded by mistake</source>
        <translation>retiró %1, registrado por error</translation>
    </message>
    <message>
        <source>%1 corrected the recovery: %2. %3</source>
        <translation>%1 corrigió la recuperación: %2. %3</translation>
    </message>
    <message>
        <source>%1 reopened the follow-up: %2</source>
        <translation>%1 reabrió el seguimiento: %2</translation>
    </message>
    <message>
        <source>%1 changed the opening hours to %2.</source>
        <translation>%1 cambió el horario a %2.</translation>
    </message>
    <message>
        <source>%1 opened the recovery for %2: %3, %4. %5</source>
        <translation>%1 abrió la recuperación para %2: %3, %4. %5</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>un cliente</translation>
    </message>
    <message>
        <source>%1 apologized in the playbook&apos;s words.</source>
        <translation>%1 se disculpó con las palabras del manual.</translation>
    </message>
    <message>
        <source>%1 apologized: %2</source>
        <translation>%1 se disculpó: %2</translation>
    </message>
    <message>
        <source>%1 fixed the problem.</source>
        <translation>%1 solucionó el problema.</translation>
    </message>
    <message>
        <source>%1 worked on the problem, not yet resolved.</source>
        <translation>%1 trabajó en el problema, aún sin resolver.</translation>
    </message>
    <message>
        <source>%1 gave %2 of %3</source>
        <translation>%1 entregó %2 por %3</translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation>, aprobado por %1</translation>
    </message>
    <message>
        <source>, voucher code %1</source>
        <translation>, código de vale %1</translation>
    </message>
    <message>
        <source>%1 approved %2 given by %3: %4</source>
        <translation>%1 aprobó %2 entregado por %3: %4</translation>
    </message>
    <message>
        <source>%1&apos;s gestures come to %2 in all.</source>
        <translation>Los gestos de %1 suman %2 en total.</translation>
    </message>
    <message>
        <source>%1 will follow up by %2 on %3.</source>
        <translation>%1 hará el seguimiento por %2 el %3.</translation>
    </message>
    <message>
        <source>Satisfaction at the counter: %1 of 5.</source>
        <translation>Satisfacción en el mostrador: %1 de 5.</translation>
    </message>
    <message>
        <source>%1 added %2 (%3) as %4.</source>
        <translation>%1 añadió a %2 (%3) como %4.</translation>
    </message>
    <message>
        <source>%1 reactivated %2.</source>
        <translation>%1 reactivó a %2.</translation>
    </message>
    <message>
        <source>%1 deactivated %2.</source>
        <translation>%1 desactivó a %2.</translation>
    </message>
    <message>
        <source>%1 unlocked %2.</source>
        <translation>%1 desbloqueó a %2.</translation>
    </message>
    <message>
        <source>%1 reset the PIN of %2.</source>
        <translation>%1 restableció el PIN de %2.</translation>
    </message>
    <message>
        <source>%1 changed the role of %2 from %3 to %4.</source>
        <translation>%1 cambió el rol de %2 de %3 a %4.</translation>
    </message>
    <message>
        <source>Sign-in refused for %1 (%2).</source>
        <translation>Inicio de sesión rechazado para %1 (%2).</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>empleado %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 closed %2: %3 recoveries, %4 given, %5 overrides.</source>
        <translation>%1 cerró el %2: %3 recuperaciones, %4 entregado, %5 autorizaciones.</translation>
    </message>
    <message>
        <source>%1 nominated story #%2: %3</source>
        <translation>%1 propuso la historia n.º %2: %3</translation>
    </message>
    <message>
        <source>%1 edited story #%2.</source>
        <translation>%1 editó la historia n.º %2.</translation>
    </message>
    <message>
        <source>%1 approved story #%2, recognising %3.</source>
        <translation>%1 aprobó la historia n.º %2, que reconoce a %3.</translation>
    </message>
    <message>
        <source>%1 declined story #%2: %3</source>
        <translation>%1 rechazó la historia n.º %2: %3</translation>
    </message>
    <message>
        <source>%1 opened prevention action #%2 on %3, owned by %4, due %5: %6</source>
        <translation>%1 abrió la acción de prevención n.º %2 sobre %3, a cargo de %4, para el %5: %6</translation>
    </message>
    <message>
        <source>%1 started prevention action #%2.</source>
        <translation>%1 empezó la acción de prevención n.º %2.</translation>
    </message>
    <message>
        <source>%1 closed prevention action #%2: %3</source>
        <translation>%1 cerró la acción de prevención n.º %2: %3</translation>
    </message>
    <message>
        <source>%1 marked %2 as back.</source>
        <translation>%1 marcó que %2 ha vuelto.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>Breach: %1 gave %2 over the day&apos;s offline allowance while the server was away.</source>
        <translation>Infracción: %1 dio %2 por encima del margen sin conexión del día mientras el servidor no respondía.</translation>
    </message>
    <message>
        <source>Breach: %1 gave %2 over their authority while the server was away, with no approval from an active supervisor who may give that much.</source>
        <translation>Infracción: %1 dio %2 por encima de su autoridad mientras el servidor no respondía, sin la aprobación de un supervisor activo que pueda dar tanto.</translation>
    </message>
    <message>
        <source>The offline copy of counter %1 failed its own check and sent nothing: %2</source>
        <translation>La copia sin conexión del mostrador %1 no pasó su propia comprobación y no envió nada: %2</translation>
    </message>
    <message>
        <source>%1&apos;s offline allowance for %2 at counter %3: %4 (was %5, %6 given).</source>
        <translation>Margen sin conexión de %1 para %2 en el mostrador %3: %4 (antes %5, %6 dado).</translation>
    </message>
</context>
<context>
    <name>CatalogKind</name>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Account credit</source>
        <translation>Abono en cuenta</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Vales</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Obsequios</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Mejoras</translation>
    </message>
    <message>
        <source>Waived charges</source>
        <translation>Cargos anulados</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
</context>
<context>
    <name>ClosingSlip</name>
    <message>
        <source>Day closed: %1</source>
        <translation>Día cerrado: %1</translation>
    </message>
    <message>
        <source>Closed by %1 on %2.</source>
        <translation>Cerrado por %1 el %2.</translation>
    </message>
    <message>
        <source>Audit entry %1, SHA-256 of the chain up to this closing:</source>
        <translation>Entrada de auditoría %1, SHA-256 de la cadena hasta este cierre:</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Recuperaciones</translation>
    </message>
    <message>
        <source>Gestures</source>
        <translation>Gestos</translation>
    </message>
    <message>
        <source>Given in all</source>
        <translation>Total entregado</translation>
    </message>
    <message>
        <source>Overrides approved</source>
        <translation>Autorizaciones aprobadas</translation>
    </message>
    <message>
        <source>Per employee</source>
        <translation>Por empleado</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Autorizaciones</translation>
    </message>
    <message>
        <source>Keep this slip with the day&apos;s takings. reboundctl verify names any later change to this day.</source>
        <translation>Guarde este comprobante con la caja del día. reboundctl verify señala cualquier cambio posterior en este día.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>audit entry %1 is missing: the log jumps from entry %2 to entry %3</source>
        <translation>falta la entrada de auditoría %1: el registro salta de la entrada %2 a la entrada %3</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4): its link to entry %5 is broken</source>
        <translation>entrada de auditoría %1 (%2 %3 %4): su enlace con la entrada %5 está roto</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4, at %5): its content was changed after it was written</source>
        <translation>entrada de auditoría %1 (%2 %3 %4, registrada el %5): su contenido se modificó después de escribirse</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4): it was moved to another recovery</source>
        <translation>entrada de auditoría %1 (%2 %3 %4): se ha trasladado a otra incidencia</translation>
    </message>
    <message>
        <source>verification cancelled after %1 of %2 entries</source>
        <translation>verificación cancelada tras %1 de %2 entradas</translation>
    </message>
    <message>
        <source>--incidents: must be from 0 to 10000000</source>
        <translation>--incidents: debe estar entre 0 y 10000000</translation>
    </message>
    <message>
        <source>the database already has employees; seed-demo needs a fresh database</source>
        <translation>la base de datos ya tiene empleados; seed-demo necesita una base de datos nueva</translation>
    </message>
    <message>
        <source>seed-demo needs the built-in playbook; another one is in force</source>
        <translation>seed-demo necesita la guía de actuación integrada; hay otra en vigor</translation>
    </message>
    <message>
        <source>status: a recovery that is %1 cannot become %2</source>
        <translation>status: una incidencia en estado %1 no puede pasar a %2</translation>
    </message>
    <message>
        <source>status: the time of step %1 is missing</source>
        <translation>status: falta la hora del paso %1</translation>
    </message>
    <message>
        <source>status: step %1 cannot happen before step %2</source>
        <translation>status: el paso %1 no puede producirse antes del paso %2</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter ISO 4217 code</source>
        <translation>la moneda &quot;%1&quot; no es un código ISO 4217 de tres letras</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>el importe está vacío</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is negative</source>
        <translation>el importe &quot;%1&quot; es negativo</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has more than one decimal point</source>
        <translation>el importe &quot;%1&quot; tiene más de un punto decimal</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must be plain digits with an optional decimal point</source>
        <translation>el importe &quot;%1&quot; solo puede contener dígitos y, opcionalmente, un punto decimal</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has more than %2 decimal places for %3</source>
        <translation>el importe &quot;%1&quot; tiene más de %2 decimales para %3</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is too large</source>
        <translation>el importe &quot;%1&quot; es demasiado grande</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has no digits before the decimal point</source>
        <translation>el importe &quot;%1&quot; no tiene dígitos antes del punto decimal</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; has no digits after the decimal point</source>
        <translation>el importe &quot;%1&quot; no tiene dígitos después del punto decimal</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO-8601 date and time</source>
        <translation>%1: &quot;%2&quot; no es una fecha y hora ISO-8601</translation>
    </message>
    <message>
        <source>currency: </source>
        <translation>currency: </translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: campo desconocido</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: no debe estar vacío</translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation>%1: debe ser una lista</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: must be a decimal string such as &quot;12.50&quot;</source>
        <translation>%1: debe ser una cadena decimal como &quot;12.50&quot;</translation>
    </message>
    <message>
        <source>%1.id: &quot;%2&quot; may hold only a-z, 0-9 and &apos;-&apos;</source>
        <translation>%1.id: &quot;%2&quot; solo puede contener a-z, 0-9 y &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1.id: duplicate id &quot;%2&quot;</source>
        <translation>%1.id: id duplicado &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.multiplier: must be a number above 0 and at most 100, with at most two decimals</source>
        <translation>%1.multiplier: debe ser un número mayor que 0 y no superior a 100, con dos decimales como máximo</translation>
    </message>
    <message>
        <source>%1.target_minutes: must be a whole number of minutes from 1 to 10080</source>
        <translation>%1.target_minutes: debe ser un número entero de minutos entre 1 y 10080</translation>
    </message>
    <message>
        <source>%1.base: severities must be listed from least to most severe, with budgets that do not decrease</source>
        <translation>%1.base: las gravedades deben enumerarse de menor a mayor, con presupuestos que no disminuyan</translation>
    </message>
    <message>
        <source>%1.kind: unknown kind &quot;%2&quot; (one of %3)</source>
        <translation>%1.kind: tipo desconocido &quot;%2&quot; (debe ser uno de: %3)</translation>
    </message>
    <message>
        <source>%1.amount: a fixed-price gesture must be worth more than zero</source>
        <translation>%1.amount: un gesto de precio fijo debe tener un valor superior a cero</translation>
    </message>
    <message>
        <source>%1: must be a non-empty string</source>
        <translation>%1: debe ser una cadena de texto no vacía</translation>
    </message>
    <message>
        <source>%1: unknown severity &quot;%2&quot;</source>
        <translation>%1: gravedad desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: must be a list of catalog item ids</source>
        <translation>%1: debe ser una lista de ids de elementos del catálogo</translation>
    </message>
    <message>
        <source>%1: unknown item &quot;%2&quot;</source>
        <translation>%1: elemento desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: missing suggestions for severity &quot;%2&quot;</source>
        <translation>%1: faltan las sugerencias para la gravedad &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: must be a whole number of hours from 1 to 2160</source>
        <translation>%1: debe ser un número entero de horas entre 1 y 2160</translation>
    </message>
    <message>
        <source>%1.id: unknown role &quot;%2&quot; (associate, supervisor or manager)</source>
        <translation>%1.id: rol desconocido &quot;%2&quot; (associate, supervisor o manager)</translation>
    </message>
    <message>
        <source>%1.per_day: must not be below per_recovery</source>
        <translation>%1.per_day: no debe ser inferior a per_recovery</translation>
    </message>
    <message>
        <source>roles: missing role &quot;%1&quot;</source>
        <translation>roles: falta el rol &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>the playbook must be a JSON object</source>
        <translation>la guía de actuación debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>%1 is above every limit: nobody may give more than %2 in one recovery</source>
        <translation>%1 supera todos los límites: nadie puede ofrecer más de %2 en una incidencia</translation>
    </message>
    <message>
        <source>%1 is above your authority of %2 per recovery</source>
        <translation>%1 supera su límite de %2 por incidencia</translation>
    </message>
    <message>
        <source>%1 is more than the %2 left of your daily authority of %3</source>
        <translation>%1 supera los %2 que le quedan de su límite diario de %3</translation>
    </message>
    <message>
        <source>approval: nobody may approve their own gesture; ask a supervisor</source>
        <translation>approval: nadie puede aprobar su propio gesto; pídaselo a un supervisor</translation>
    </message>
    <message>
        <source>approval: %1 is deactivated and may not approve</source>
        <translation>approval: la cuenta de %1 está desactivada y no puede aprobar</translation>
    </message>
    <message>
        <source>approval: %1 (%2) may not approve gestures</source>
        <translation>approval: %1 (%2) no puede aprobar gestos</translation>
    </message>
    <message>
        <source>approval: %1 (%2) may approve up to %3; this recovery gives %4</source>
        <translation>approval: %1 (%2) puede aprobar hasta %3; esta incidencia ofrece %4</translation>
    </message>
    <message>
        <source>%1%2: unknown field</source>
        <translation>%1%2: campo desconocido</translation>
    </message>
    <message>
        <source>%1%2: must be a string</source>
        <translation>%1%2: debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>malformed JSON at character %1: %2</source>
        <translation>JSON mal formado en el carácter %1: %2</translation>
    </message>
    <message>
        <source>expected one JSON object per line</source>
        <translation>se esperaba un objeto JSON por línea</translation>
    </message>
    <message>
        <source>customer: missing or not an object</source>
        <translation>customer: falta o no es un objeto</translation>
    </message>
    <message>
        <source>customer.id: must be a positive whole number</source>
        <translation>customer.id: debe ser un número entero positivo</translation>
    </message>
    <message>
        <source>category: missing</source>
        <translation>category: falta</translation>
    </message>
    <message>
        <source>severity: missing</source>
        <translation>severity: falta</translation>
    </message>
    <message>
        <source>fix: must be an object</source>
        <translation>fix: debe ser un objeto</translation>
    </message>
    <message>
        <source>fix.resolved: must be true or false</source>
        <translation>fix.resolved: debe ser true o false</translation>
    </message>
    <message>
        <source>compensations: must be a list</source>
        <translation>compensations: debe ser una lista</translation>
    </message>
    <message>
        <source>compensations[%1]: must be an object</source>
        <translation>compensations[%1]: debe ser un objeto</translation>
    </message>
    <message>
        <source>follow_up: must be an object</source>
        <translation>follow_up: debe ser un objeto</translation>
    </message>
    <message>
        <source>satisfaction: must be a whole number from 1 to 5</source>
        <translation>satisfaction: debe ser un número entero del 1 al 5</translation>
    </message>
    <message>
        <source>--from: %1 is after --to %2</source>
        <translation>--from: %1 es posterior a --to %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>could not write the export: %1</source>
        <translation>no se pudo escribir la exportación: %1</translation>
    </message>
    <message>
        <source>recovery %1 does not exist</source>
        <translation>la incidencia %1 no existe</translation>
    </message>
    <message>
        <source>PIN: must contain digits only</source>
        <translation>PIN: solo puede contener dígitos</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>no se pudo inicializar libsodium</translation>
    </message>
    <message>
        <source>not enough memory to hash the PIN</source>
        <translation>no hay memoria suficiente para calcular el hash del PIN</translation>
    </message>
    <message>
        <source>code: &quot;%1&quot; must be 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>code: &quot;%1&quot; debe tener de 1 a 16 caracteres entre letras, dígitos, &apos;-&apos; o &apos;_&apos;</translation>
    </message>
    <message>
        <source>name: must be 1 to 100 characters</source>
        <translation>name: debe tener entre 1 y 100 caracteres</translation>
    </message>
    <message>
        <source>the first manager was already created; sign in instead</source>
        <translation>ya se ha creado el primer gerente; inicie sesión</translation>
    </message>
    <message>
        <source>code: an employee with code &quot;%1&quot; already exists</source>
        <translation>code: ya existe un empleado con el código &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no employee with code &quot;%1&quot;</source>
        <translation>no hay ningún empleado con el código &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown employee code or wrong PIN</source>
        <translation>código de empleado desconocido o PIN incorrecto</translation>
    </message>
    <message>
        <source>%1 is deactivated</source>
        <translation>la cuenta de %1 está desactivada</translation>
    </message>
    <message>
        <source>%1 is locked out after %2 wrong PINs until %3</source>
        <translation>la cuenta de %1 está bloqueada hasta las %3 tras %2 PIN incorrectos</translation>
    </message>
    <message>
        <source>wrong PIN; %1 is now locked out for %2 minutes</source>
        <translation>PIN incorrecto; la cuenta de %1 queda bloqueada durante %2 minutos</translation>
    </message>
    <message>
        <source>only a manager may unlock an employee</source>
        <translation>solo un gerente puede desbloquear a un empleado</translation>
    </message>
    <message>
        <source>only a manager may activate or deactivate an employee</source>
        <translation>solo un gerente puede activar o desactivar a un empleado</translation>
    </message>
    <message>
        <source>a manager may not deactivate themselves</source>
        <translation>un gerente no puede desactivar su propia cuenta</translation>
    </message>
    <message>
        <source>the database has no playbook yet (run: reboundctl init)</source>
        <translation>la base de datos aún no tiene ninguna guía de actuación (ejecute: reboundctl init)</translation>
    </message>
    <message>
        <source>stored playbook version %1 is invalid: %2</source>
        <translation>la versión %1 guardada de la guía de actuación no es válida: %2</translation>
    </message>
    <message>
        <source>only a manager may change the playbook</source>
        <translation>solo un gerente puede cambiar la guía de actuación</translation>
    </message>
    <message>
        <source>only a manager may change spending limits</source>
        <translation>solo un gerente puede cambiar los límites de gasto</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>%1: supera los %2 caracteres</translation>
    </message>
    <message>
        <source>customer.id: no customer %1</source>
        <translation>customer.id: no existe el cliente %1</translation>
    </message>
    <message>
        <source>customer.name: missing for a new customer</source>
        <translation>customer.name: falta para un cliente nuevo</translation>
    </message>
    <message>
        <source>customer.email: &quot;%1&quot; is not an email address</source>
        <translation>customer.email: &quot;%1&quot; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>customer.phone: longer than 40 characters</source>
        <translation>customer.phone: supera los 40 caracteres</translation>
    </message>
    <message>
        <source>category: unknown category &quot;%1&quot;</source>
        <translation>category: categoría desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>severity: unknown severity &quot;%1&quot;</source>
        <translation>severity: gravedad desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>detected_by: must be &quot;customer&quot; or &quot;staff&quot;, not &quot;%1&quot;</source>
        <translation>detected_by: debe ser &quot;customer&quot; o &quot;staff&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>customer.segment: unknown segment &quot;%1&quot;</source>
        <translation>customer.segment: segmento desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>description: say what happened</source>
        <translation>description: indique qué ocurrió</translation>
    </message>
    <message>
        <source>satisfaction: must be 1 to 5</source>
        <translation>satisfaction: debe estar entre 1 y 5</translation>
    </message>
    <message>
        <source>follow_up.channel: unknown channel &quot;%1&quot; (one of %2)</source>
        <translation>follow_up.channel: canal desconocido &quot;%1&quot; (debe ser uno de: %2)</translation>
    </message>
    <message>
        <source>occurred_at: is in the future</source>
        <translation>occurred_at: es una fecha futura</translation>
    </message>
    <message>
        <source>%1: its time is in the future</source>
        <translation>%1: su hora es futura</translation>
    </message>
    <message>
        <source>%1.item: unknown catalog item &quot;%2&quot;</source>
        <translation>%1.item: elemento del catálogo desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.amount: missing; &quot;%2&quot; needs an amount</source>
        <translation>%1.amount: falta; &quot;%2&quot; necesita un importe</translation>
    </message>
    <message>
        <source>%1.amount: must be more than zero</source>
        <translation>%1.amount: debe ser mayor que cero</translation>
    </message>
    <message>
        <source>%1.amount: &quot;%2&quot; has a fixed price of %3</source>
        <translation>%1.amount: &quot;%2&quot; tiene un precio fijo de %3</translation>
    </message>
    <message>
        <source>%1 is not an active employee</source>
        <translation>%1 no es un empleado activo</translation>
    </message>
    <message>
        <source>compensations: </source>
        <translation>compensations: </translation>
    </message>
    <message>
        <source>compensations: %1; a supervisor must approve</source>
        <translation>compensations: %1; debe aprobarlo un supervisor</translation>
    </message>
    <message>
        <source>approval: unknown approver</source>
        <translation>approval: aprobador desconocido</translation>
    </message>
    <message>
        <source>follow_up.due: must be in the future</source>
        <translation>follow_up.due: debe ser una fecha futura</translation>
    </message>
    <message>
        <source>follow-up %1 does not exist</source>
        <translation>el seguimiento %1 no existe</translation>
    </message>
    <message>
        <source>follow-up %1 is already done</source>
        <translation>el seguimiento %1 ya está completado</translation>
    </message>
    <message>
        <source>only supervisors and managers may use the supervisor workspace</source>
        <translation>solo los supervisores y los gerentes pueden usar el área de supervisión</translation>
    </message>
    <message>
        <source>threshold: must be more than zero</source>
        <translation>threshold: debe ser mayor que cero</translation>
    </message>
    <message>
        <source>gave %1 or more</source>
        <translation>ofreció %1 o más</translation>
    </message>
    <message>
        <source>spent %1 this week; the weekly average of the previous eight weeks is %2</source>
        <translation>ha gastado %1 esta semana; la media semanal de las ocho semanas anteriores es %2</translation>
    </message>
    <message>
        <source>note: say what you found</source>
        <translation>note: indique qué ha encontrado</translation>
    </message>
    <message>
        <source>review: you gave or approved this yourself; another supervisor or a manager reviews it</source>
        <translation>review: usted mismo lo ofreció o lo aprobó; debe revisarlo otro supervisor o un gerente</translation>
    </message>
    <message>
        <source>this item was already reviewed</source>
        <translation>este elemento ya se ha revisado</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>the database is busy: another counter is writing; try again</source>
        <translation>la base de datos está ocupada: otro mostrador está escribiendo; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the disk is full: the change was not saved (%1)</source>
        <translation>el disco está lleno: el cambio no se ha guardado (%1)</translation>
    </message>
    <message>
        <source>the database is read-only: the change was not saved</source>
        <translation>la base de datos es de solo lectura: el cambio no se ha guardado</translation>
    </message>
    <message>
        <source>the database file is damaged or not a database (%1)</source>
        <translation>el archivo de la base de datos está dañado o no es una base de datos (%1)</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>error de la base de datos: %1</translation>
    </message>
    <message>
        <source>cannot open database %1: the folder %2 does not exist</source>
        <translation>no se puede abrir la base de datos %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>no database at %1 (create it with: reboundctl --db %1 init)</source>
        <translation>no hay ninguna base de datos en %1 (créela con: reboundctl --db %1 init)</translation>
    </message>
    <message>
        <source>cannot open database %1: it is a folder</source>
        <translation>no se puede abrir la base de datos %1: es una carpeta</translation>
    </message>
    <message>
        <source>cannot open database %1: the file is read-only</source>
        <translation>no se puede abrir la base de datos %1: el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>el controlador SQLite de Qt (QSQLITE) no está instalado</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>not a Rebound database (an SQLite file of another program)</source>
        <translation>no es una base de datos de Rebound (es un archivo SQLite de otro programa)</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this Rebound understands (%2); update Rebound</source>
        <translation>la base de datos tiene la versión de esquema %1, más reciente que la que admite esta versión de Rebound (%2); actualice Rebound</translation>
    </message>
    <message>
        <source>the database has schema version %1 and must be migrated first (reboundctl init)</source>
        <translation>la base de datos tiene la versión de esquema %1 y primero debe migrarse (reboundctl init)</translation>
    </message>
    <message>
        <source>integrity check returned nothing</source>
        <translation>la comprobación de integridad no devolvió ningún resultado</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>la comprobación de integridad ha fallado: %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 ya existe; elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>cannot move the backup into place at %1</source>
        <translation>no se puede mover la copia de seguridad a su ubicación en %1</translation>
    </message>
    <message>
        <source>the database is busy: %1</source>
        <translation>la base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <source>time zone: unknown zone &quot;%1&quot;</source>
        <translation>time zone: zona horaria desconocida «%1»</translation>
    </message>
    <message>
        <source>opening hours: &quot;%1&quot; is not like &quot;mon 09:00-18:00&quot; or &quot;sun closed&quot;</source>
        <translation>horario: «%1» no tiene la forma «mon 09:00-18:00» o «sun closed»</translation>
    </message>
    <message>
        <source>opening hours: on %1 the opening must come before the closing</source>
        <translation>horario: el %1 la apertura debe ser anterior al cierre</translation>
    </message>
    <message>
        <source>opening hours: %1 is given twice</source>
        <translation>horario: %1 aparece dos veces</translation>
    </message>
    <message>
        <source>opening hours: %1 is missing</source>
        <translation>horario: falta %1</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>hoy, %1</translation>
    </message>
    <message>
        <source>tomorrow, %1</source>
        <translation>mañana, %1</translation>
    </message>
    <message>
        <source>%1, between %2 and %3</source>
        <translation>%1, entre las %2 y las %3</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; could mean %2 or %3: type the decimals too</source>
        <translation>el importe «%1» puede ser %2 o %3: escriba también los decimales</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot;: write it as %2, or without separators</source>
        <translation>importe «%1»: escríbalo como %2, o sin separadores</translation>
    </message>
    <message>
        <source>the unfinished recovery&apos;s file is damaged</source>
        <translation>el archivo de la recuperación sin terminar está dañado</translation>
    </message>
    <message>
        <source>cannot keep the unfinished recovery in %1</source>
        <translation>no se puede guardar la recuperación sin terminar en %1</translation>
    </message>
    <message>
        <source>cannot keep the unfinished recovery: %1</source>
        <translation>no se puede guardar la recuperación sin terminar: %1</translation>
    </message>
    <message>
        <source>cannot read the unfinished recovery: %1</source>
        <translation>no se puede leer la recuperación sin terminar: %1</translation>
    </message>
    <message>
        <source>type your PIN</source>
        <translation>escriba su PIN</translation>
    </message>
    <message numerus="yes">
        <source>wrong PIN; %n attempt(s) left before %1 is locked out</source>
        <translation>
            <numerusform>PIN incorrecto; queda %n intento antes de bloquear a %1</numerusform>
            <numerusform>PIN incorrecto; quedan %n intentos antes de bloquear a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>only a manager may add an employee</source>
        <translation>solo un gerente puede añadir empleados</translation>
    </message>
    <message>
        <source>only a manager may reset a PIN</source>
        <translation>solo un gerente puede restablecer un PIN</translation>
    </message>
    <message>
        <source>only a manager may change a role</source>
        <translation>solo un gerente puede cambiar un rol</translation>
    </message>
    <message>
        <source>a manager may not change their own role</source>
        <translation>un gerente no puede cambiar su propio rol</translation>
    </message>
    <message>
        <source>comment: at most %1 characters</source>
        <translation>comment: como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>satisfaction: ask the customer, from 1 to 5</source>
        <translation>satisfaction: pregunte al cliente, de 1 a 5</translation>
    </message>
    <message>
        <source>verdict: blown away, satisfied or not satisfied, in their words</source>
        <translation>verdict: encantado, satisfecho o no satisfecho, según sus palabras</translation>
    </message>
    <message>
        <source>retry_at: the next try must be in the future</source>
        <translation>retry_at: el próximo intento debe ser futuro</translation>
    </message>
    <message>
        <source>reason: say why it is reopened</source>
        <translation>reason: indique por qué se reabre</translation>
    </message>
    <message>
        <source>follow-up %1 is not done</source>
        <translation>el seguimiento %1 no está hecho</translation>
    </message>
    <message>
        <source>customer.name: who was let down? Type their name</source>
        <translation>customer.name: ¿a quién se le falló? Escriba su nombre</translation>
    </message>
    <message>
        <source>category: choose one</source>
        <translation>category: elija una</translation>
    </message>
    <message>
        <source>only a manager may change the opening hours</source>
        <translation>solo un gerente puede cambiar el horario</translation>
    </message>
    <message>
        <source>reason: say why the recovery is corrected</source>
        <translation>reason: indique por qué se corrige la recuperación</translation>
    </message>
    <message>
        <source>%1: at most 4000 characters</source>
        <translation>%1: como máximo 4000 caracteres</translation>
    </message>
    <message>
        <source>only who recorded a recovery, or a supervisor, may correct it</source>
        <translation>solo quien registró la recuperación, o un supervisor, puede corregirla</translation>
    </message>
    <message>
        <source>the correction changes nothing</source>
        <translation>la corrección no cambia nada</translation>
    </message>
    <message>
        <source>gesture: %1 is not one of this recovery&apos;s</source>
        <translation>gesture: %1 no es de esta recuperación</translation>
    </message>
    <message>
        <source>gesture: %1 is already withdrawn</source>
        <translation>gesture: %1 ya está retirado</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 %3 %4)</source>
        <translation>entrada de auditoría %1 (%2 %3 %4)</translation>
    </message>
    <message>
        <source>it names row %1, which cannot exist</source>
        <translation>nombra la fila %1, que no puede existir</translation>
    </message>
    <message>
        <source>it was moved to another recovery</source>
        <translation>se movió a otra recuperación</translation>
    </message>
    <message>
        <source>it was taken out of recovery #%1&apos;s history</source>
        <translation>se sacó del historial de la recuperación #%1</translation>
    </message>
    <message>
        <source>it shows a recovery&apos;s category, total or override but has no recovery</source>
        <translation>muestra la categoría, el total o la autorización de una recuperación, pero no pertenece a ninguna</translation>
    </message>
    <message>
        <source>category %1 in the audit view, %2 in the recovery&apos;s entries</source>
        <translation>categoría %1 en la vista de auditoría, %2 en las entradas de la recuperación</translation>
    </message>
    <message>
        <source>total %1 (minor units) in the audit view, %2 in the recovery&apos;s entries</source>
        <translation>total %1 (unidades menores) en la vista de auditoría, %2 en las entradas de la recuperación</translation>
    </message>
    <message>
        <source>override %1 in the audit view, %2 in the recovery&apos;s entries</source>
        <translation>autorización %1 en la vista de auditoría, %2 en las entradas de la recuperación</translation>
    </message>
    <message>
        <source>audit entry %1 of recovery #%2: %3</source>
        <translation>entrada de auditoría %1 de la recuperación #%2: %3</translation>
    </message>
    <message>
        <source>recovery #%1 was already opened by audit entry %2</source>
        <translation>la recuperación #%1 ya la abrió la entrada de auditoría %2</translation>
    </message>
    <message>
        <source>recovery #%1 was never opened</source>
        <translation>la recuperación #%1 nunca se abrió</translation>
    </message>
    <message>
        <source>it withdraws gesture %1, which was never given</source>
        <translation>retira el gesto %1, que nunca se entregó</translation>
    </message>
    <message>
        <source>gesture %1 was already given by audit entry %2</source>
        <translation>el gesto %1 ya lo entregó la entrada de auditoría %2</translation>
    </message>
    <message>
        <source>follow-up %1 was already scheduled by audit entry %2</source>
        <translation>el seguimiento %1 ya lo programó la entrada de auditoría %2</translation>
    </message>
    <message>
        <source>follow-up %1 was never scheduled</source>
        <translation>el seguimiento %1 nunca se programó</translation>
    </message>
    <message>
        <source>larger than a receipt can be</source>
        <translation>más grande de lo que puede ser un recibo</translation>
    </message>
    <message>
        <source>not a receipt: %1</source>
        <translation>no es un recibo: %1</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>se esperaba «%1»</translation>
    </message>
    <message>
        <source>must be closing, export or backup</source>
        <translation>debe ser closing, export o backup</translation>
    </message>
    <message>
        <source>must be an audit entry number</source>
        <translation>debe ser un número de entrada de auditoría</translation>
    </message>
    <message>
        <source>must be %1 lower-case hexadecimal digits</source>
        <translation>debe tener %1 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>must be a date, YYYY-MM-DD</source>
        <translation>debe ser una fecha, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>cannot create the receipts folder %1</source>
        <translation>no se puede crear la carpeta de recibos %1</translation>
    </message>
    <message>
        <source>cannot write the receipt %1: %2</source>
        <translation>no se puede escribir el recibo %1: %2</translation>
    </message>
    <message>
        <source>audit entry %1 does not exist</source>
        <translation>la entrada de auditoría %1 no existe</translation>
    </message>
    <message>
        <source>%1 %2 in the table, %3 in audit entry %4</source>
        <translation>%1 %2 en la tabla, %3 en la entrada de auditoría %4</translation>
    </message>
    <message>
        <source>recovery #%1</source>
        <translation>recuperación #%1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry opened it</source>
        <translation>está en la tabla, pero ninguna entrada de auditoría la abrió</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>override</source>
        <translation>autorización</translation>
    </message>
    <message>
        <source>opened by employee / playbook</source>
        <translation>abierta por el empleado / guía</translation>
    </message>
    <message>
        <source>audit entry %1 opened it, but it is missing from the table</source>
        <translation>la abrió la entrada de auditoría %1, pero falta en la tabla</translation>
    </message>
    <message>
        <source>compensation %1 of recovery #%2</source>
        <translation>compensación %1 de la recuperación #%2</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry gave it</source>
        <translation>está en la tabla, pero ninguna entrada de auditoría la entregó</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>recuperación</translation>
    </message>
    <message>
        <source>item</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>quien autorizó</translation>
    </message>
    <message>
        <source>voucher code</source>
        <translation>código del vale</translation>
    </message>
    <message>
        <source>audit entry %1 withdrew it, but the table counts it</source>
        <translation>la retiró la entrada de auditoría %1, pero la tabla la cuenta</translation>
    </message>
    <message>
        <source>the table has it withdrawn, but no audit entry withdrew it</source>
        <translation>la tabla la da por retirada, pero ninguna entrada de auditoría la retiró</translation>
    </message>
    <message>
        <source>audit entry %1 gave it, but it is missing from the table</source>
        <translation>la entregó la entrada de auditoría %1, pero falta en la tabla</translation>
    </message>
    <message>
        <source>follow-up %1 of recovery #%2</source>
        <translation>seguimiento %1 de la recuperación #%2</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry scheduled it</source>
        <translation>está en la tabla, pero ninguna entrada de auditoría lo programó</translation>
    </message>
    <message>
        <source>recovery / owner</source>
        <translation>recuperación / responsable</translation>
    </message>
    <message>
        <source>due time</source>
        <translation>hora prevista</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>outcome (reached, satisfaction, verdict, tries)</source>
        <translation>resultado (contactado, satisfacción, veredicto, intentos)</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>audit entry %1 scheduled it, but it is missing from the table</source>
        <translation>lo programó la entrada de auditoría %1, pero falta en la tabla</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>empleado %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry added it</source>
        <translation>está en la tabla, pero ninguna entrada de auditoría lo añadió</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>role (and so the spending limits)</source>
        <translation>función (y con ella los límites de gasto)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>audit entry %1 added them, but they are missing from the table</source>
        <translation>lo añadió la entrada de auditoría %1, pero falta en la tabla</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>audit entry %1 added it, but it is missing from the table</source>
        <translation>lo añadió la entrada de auditoría %1, pero falta en la tabla</translation>
    </message>
    <message>
        <source>playbook version %1</source>
        <translation>versión %1 de la guía</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry imported it</source>
        <translation>está en la tabla, pero ninguna entrada de auditoría la importó</translation>
    </message>
    <message>
        <source>SHA-256 of its rules</source>
        <translation>SHA-256 de sus reglas</translation>
    </message>
    <message>
        <source>audit entry %1 imported it, but it is missing from the table</source>
        <translation>la importó la entrada de auditoría %1, pero falta en la tabla</translation>
    </message>
    <message>
        <source>setting %1</source>
        <translation>ajuste %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry set it</source>
        <translation>está en la tabla, pero ninguna entrada de auditoría lo fijó</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the table differs from audit entry %2</source>
        <translation>«%1» en la tabla no coincide con la entrada de auditoría %2</translation>
    </message>
    <message>
        <source>review mark %1</source>
        <translation>marca de revisión %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry marked it</source>
        <translation>está en la tabla, pero ninguna entrada de auditoría la marcó</translation>
    </message>
    <message>
        <source>reviewed by employee</source>
        <translation>revisado por el empleado</translation>
    </message>
    <message>
        <source>review marks: %1 in the table, %2 in the audit log</source>
        <translation>marcas de revisión: %1 en la tabla, %2 en el registro de auditoría</translation>
    </message>
    <message>
        <source>%1 corrections in the table, %2 in the audit log</source>
        <translation>%1 correcciones en la tabla, %2 en el registro de auditoría</translation>
    </message>
    <message>
        <source>corrections: %1 in the table, %2 in the audit log</source>
        <translation>correcciones: %1 en la tabla, %2 en el registro de auditoría</translation>
    </message>
    <message>
        <source>receipt %1: %2</source>
        <translation>recibo %1: %2</translation>
    </message>
    <message>
        <source>this database has no installation key (%1) to check it with</source>
        <translation>esta base de datos no tiene clave de instalación (%1) con la que comprobarlo</translation>
    </message>
    <message>
        <source>it was signed by another key than this installation&apos;s</source>
        <translation>lo firmó otra clave distinta de la de esta instalación</translation>
    </message>
    <message>
        <source>its signature does not match its content: it was edited</source>
        <translation>su firma no corresponde a su contenido: fue modificado</translation>
    </message>
    <message>
        <source>it saw audit entry %1, but the log now ends at entry %2: entries were removed from its end, or the database was replaced by an older copy</source>
        <translation>vio la entrada de auditoría %1, pero el registro termina ahora en la entrada %2: se quitaron entradas del final o se sustituyó la base de datos por una copia anterior</translation>
    </message>
    <message>
        <source>audit entry %1 is not the one it saw: the database was replaced by another copy or its log rewritten</source>
        <translation>la entrada de auditoría %1 no es la que vio: se sustituyó la base de datos por otra copia o se reescribió su registro</translation>
    </message>
    <message>
        <source>audit entry %1 is not a closing</source>
        <translation>la entrada de auditoría %1 no es un cierre</translation>
    </message>
    <message>
        <source>closed day %1 (audit entry %2) has no receipt in %3</source>
        <translation>el día cerrado %1 (entrada de auditoría %2) no tiene recibo en %3</translation>
    </message>
    <message>
        <source>the export was written, but its receipt was not: %1</source>
        <translation>la exportación se escribió, pero su recibo no: %1</translation>
    </message>
    <message>
        <source>%1 already exists: an installation key is never replaced</source>
        <translation>%1 ya existe: una clave de instalación nunca se sustituye</translation>
    </message>
    <message>
        <source>cannot write the installation key %1: %2</source>
        <translation>no se puede escribir la clave de instalación %1: %2</translation>
    </message>
    <message>
        <source>no installation key at %1: %2</source>
        <translation>no hay clave de instalación en %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an installation key</source>
        <translation>%1 no es una clave de instalación</translation>
    </message>
    <message>
        <source>only a manager may close a day</source>
        <translation>solo un gerente puede cerrar un día</translation>
    </message>
    <message>
        <source>date: not a date</source>
        <translation>date: no es una fecha</translation>
    </message>
    <message>
        <source>date: %1 has not begun yet</source>
        <translation>date: el %1 aún no ha empezado</translation>
    </message>
    <message>
        <source>%1 is closed (audit entry %2), but its receipt could not be written: %3; close the day again to write it</source>
        <translation>el %1 está cerrado (entrada de auditoría %2), pero no se pudo escribir su recibo: %3; cierre el día de nuevo para escribirlo</translation>
    </message>
    <message>
        <source>%1 is already closed (audit entry %2)</source>
        <translation>el %1 ya está cerrado (entrada de auditoría %2)</translation>
    </message>
    <message>
        <source>it was put into recovery #%1&apos;s history, which it does not belong to</source>
        <translation>se metió en el historial de la recuperación #%1, al que no pertenece</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>opened at</source>
        <translation>hora de apertura</translation>
    </message>
    <message>
        <source>given by employee</source>
        <translation>entregado por el empleado</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>audit entry %1 set it, but it is missing from the table</source>
        <translation>lo fijó la entrada de auditoría %1, pero falta en la tabla</translation>
    </message>
    <message>
        <source>practice result %1</source>
        <translation>resultado de práctica %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry recorded it</source>
        <translation>está en la tabla, pero ninguna entrada de auditoría lo registró</translation>
    </message>
    <message>
        <source>employee / drill</source>
        <translation>empleado / simulacro</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>audit entry %1 recorded it, but it is missing from the table</source>
        <translation>lo registró la entrada de auditoría %1, pero falta en la tabla</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>simulacro %1</translation>
    </message>
    <message>
        <source>it is in the library, but no audit entry added it</source>
        <translation>está en la biblioteca, pero ninguna entrada de auditoría lo añadió</translation>
    </message>
    <message>
        <source>SHA-256 of the drill</source>
        <translation>SHA-256 del simulacro</translation>
    </message>
    <message>
        <source>drill library: %1 drills in the table, %2 in the audit log</source>
        <translation>biblioteca de simulacros: %1 simulacros en la tabla, %2 en el registro de auditoría</translation>
    </message>
    <message>
        <source>%1 recoveries, %2 gestures, %3 given (minor units), %4 overrides</source>
        <translation>%1 recuperaciones, %2 gestos, %3 entregado (unidades menores), %4 autorizaciones</translation>
    </message>
    <message>
        <source>the figures per kind or per employee differ</source>
        <translation>las cifras por tipo o por empleado no coinciden</translation>
    </message>
    <message>
        <source>its closing counted %1; its entries now give %2</source>
        <translation>su cierre contó %1; sus entradas dan ahora %2</translation>
    </message>
    <message>
        <source>closed day %1 (audit entry %2) was changed: %3</source>
        <translation>el día cerrado %1 (entrada de auditoría %2) se modificó: %3</translation>
    </message>
    <message>
        <source>verification cancelled after the audit chain</source>
        <translation>verificación cancelada tras comprobar la cadena de auditoría</translation>
    </message>
    <message>
        <source>cannot create a folder for the practice: %1</source>
        <translation>no se puede crear una carpeta para la práctica: %1</translation>
    </message>
    <message>
        <source>%1 is not in the practice</source>
        <translation>%1 no existe en la práctica</translation>
    </message>
    <message>
        <source>only a supervisor or a manager sees the team&apos;s practice</source>
        <translation>solo un supervisor o un gerente ve la práctica del equipo</translation>
    </message>
    <message>
        <source>only a manager may add drills</source>
        <translation>solo un gerente puede añadir simulacros</translation>
    </message>
    <message>
        <source>the library has no drills of this business yet</source>
        <translation>la biblioteca aún no tiene simulacros de este negocio</translation>
    </message>
    <message>
        <source>the installation key %1 is missing, but receipts signed with it are in %2: put the key back from its backup</source>
        <translation>falta la clave de instalación %1, pero en %2 hay recibos firmados con ella: hay que restaurar la clave desde su copia de seguridad</translation>
    </message>
    <message>
        <source>recovery %1 is not closed yet: a drill is made from a recovery that is over</source>
        <translation>la recuperación %1 aún no está cerrada: un simulacro se crea a partir de una recuperación terminada</translation>
    </message>
    <message>
        <source>story %1 was never nominated</source>
        <translation>la historia %1 nunca se propuso</translation>
    </message>
    <message>
        <source>action %1 was never opened</source>
        <translation>la acción %1 nunca se abrió</translation>
    </message>
    <message>
        <source>lifetime value</source>
        <translation>valor del cliente</translation>
    </message>
    <message>
        <source>story %1</source>
        <translation>historia %1</translation>
    </message>
    <message>
        <source>it is in the table, but no audit entry nominated it</source>
        <translation>está en la tabla, pero ninguna entrada de auditoría la propuso</translation>
    </message>
    <message>
        <source>recovery / nominated by</source>
        <translation>incidencia / propuesta por</translation>
    </message>
    <message>
        <source>status / decided by</source>
        <translation>estado / decidida por</translation>
    </message>
    <message>
        <source>its text is not what audit entry %1 wrote</source>
        <translation>su texto no es el que escribió la entrada de auditoría %1</translation>
    </message>
    <message>
        <source>audit entry %1 nominated it, but it is missing from the table</source>
        <translation>la propuso la entrada de auditoría %1, pero falta en la tabla</translation>
    </message>
    <message>
        <source>prevention action %1</source>
        <translation>acción de prevención %1</translation>
    </message>
    <message>
        <source>category / owner</source>
        <translation>categoría / responsable</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>what / due</source>
        <translation>qué / fecha límite</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>qué se hizo</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>visita %1</translation>
    </message>
    <message>
        <source>customer / recorded by</source>
        <translation>cliente / registrada por</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisores</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Gerentes</translation>
    </message>
    <message>
        <source>Recovered, blown away</source>
        <translation>Recuperados, encantados</translation>
    </message>
    <message>
        <source>Recovered, satisfied</source>
        <translation>Recuperados, satisfechos</translation>
    </message>
    <message>
        <source>Recovered, not satisfied</source>
        <translation>Recuperados, no satisfechos</translation>
    </message>
    <message>
        <source>Recovered, no verdict heard</source>
        <translation>Recuperados, sin veredicto</translation>
    </message>
    <message>
        <source>All recovered customers</source>
        <translation>Todos los clientes recuperados</translation>
    </message>
    <message>
        <source>Customers never let down</source>
        <translation>Clientes sin ningún fallo</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Combustion point</source>
        <translation>Punto crítico</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>category: &quot;%1&quot; is not in the playbook</source>
        <translation>category: «%1» no está en la guía</translation>
    </message>
    <message>
        <source>what: say what to change</source>
        <translation>what: diga qué cambiar</translation>
    </message>
    <message>
        <source>what: at most %1 characters</source>
        <translation>what: como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>due: not a date</source>
        <translation>due: no es una fecha</translation>
    </message>
    <message>
        <source>due: %1 is already past</source>
        <translation>due: %1 ya ha pasado</translation>
    </message>
    <message>
        <source>owner: not an active employee</source>
        <translation>owner: no es un empleado activo</translation>
    </message>
    <message>
        <source>source: no story #%1</source>
        <translation>source: no existe la historia n.º %1</translation>
    </message>
    <message>
        <source>source: no recovery #%1</source>
        <translation>source: no existe la incidencia n.º %1</translation>
    </message>
    <message>
        <source>action #%1: only its owner, a supervisor or a manager may move it on</source>
        <translation>acción n.º %1: solo su responsable, un supervisor o un gerente pueden hacerla avanzar</translation>
    </message>
    <message>
        <source>action #%1 is already done</source>
        <translation>la acción n.º %1 ya está hecha</translation>
    </message>
    <message>
        <source>done: say what was done</source>
        <translation>done: diga qué se hizo</translation>
    </message>
    <message>
        <source>done: at most %1 characters</source>
        <translation>done: como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>action #%1: no such action</source>
        <translation>acción n.º %1: no existe</translation>
    </message>
    <message>
        <source>customer.lifetime_value: &quot;%1&quot; is not an amount</source>
        <translation>customer.lifetime_value: «%1» no es un importe</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>Esperando a un supervisor</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>recovery #%1: no such recovery</source>
        <translation>incidencia n.º %1: no existe</translation>
    </message>
    <message>
        <source>Apologised: %1</source>
        <translation>Disculpa: %1</translation>
    </message>
    <message>
        <source>Gave: %1</source>
        <translation>Se entregó: %1</translation>
    </message>
    <message>
        <source>Satisfaction at the counter: %1 of 5</source>
        <translation>Satisfacción en el mostrador: %1 de 5</translation>
    </message>
    <message>
        <source>At the follow-up: %1</source>
        <translation>En el seguimiento: %1</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: como máximo %2 caracteres</translation>
    </message>
    <message>
        <source>happened: say what happened</source>
        <translation>happened: diga qué ocurrió</translation>
    </message>
    <message>
        <source>did: say what was done</source>
        <translation>did: diga qué se hizo</translation>
    </message>
    <message>
        <source>recovery #%1 already has a story (#%2)</source>
        <translation>la incidencia n.º %1 ya tiene una historia (n.º %2)</translation>
    </message>
    <message>
        <source>story #%1: you nominated it; another supervisor or a manager decides on it</source>
        <translation>historia n.º %1: la propuso usted; decide otro supervisor o un gerente</translation>
    </message>
    <message>
        <source>story #%1: it recognises you; another supervisor or a manager decides on it</source>
        <translation>historia n.º %1: le reconoce a usted; decide otro supervisor o un gerente</translation>
    </message>
    <message>
        <source>story #%1 is already %2</source>
        <translation>la historia n.º %1 ya está: %2</translation>
    </message>
    <message>
        <source>story #%1 was declined</source>
        <translation>la historia n.º %1 fue rechazada</translation>
    </message>
    <message>
        <source>reason: say why it is declined</source>
        <translation>reason: diga por qué se rechaza</translation>
    </message>
    <message>
        <source>story #%1: no such story</source>
        <translation>historia n.º %1: no existe</translation>
    </message>
    <message>
        <source>customer %1: no such customer</source>
        <translation>cliente %1: no existe</translation>
    </message>
    <message>
        <source>%1 was already marked back today at %2</source>
        <translation>%1 ya se marcó hoy como de vuelta a las %2</translation>
    </message>
    <message>
        <source>the server has no playbook yet: run reboundctl server init first</source>
        <translation>el servidor aún no tiene guía: ejecute primero reboundctl server init</translation>
    </message>
    <message>
        <source>--site: name the counter&apos;s site</source>
        <translation>--site: indique el sitio del mostrador</translation>
    </message>
    <message>
        <source>the history to move in must be a counter&apos;s own file</source>
        <translation>el historial que se incorpora debe ser el archivo propio de un mostrador</translation>
    </message>
    <message>
        <source>the counter&apos;s database does not verify, nothing was imported: %1</source>
        <translation>la base de datos del mostrador no supera la verificación; no se importó nada: %1</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full: the change was not saved (%1)</source>
        <translation>el disco del servidor está lleno: el cambio no se guardó (%1)</translation>
    </message>
    <message>
        <source>the server refused: %1</source>
        <translation>el servidor lo rechazó: %1</translation>
    </message>
    <message>
        <source>the server does not answer: %1</source>
        <translation>el servidor no responde: %1</translation>
    </message>
    <message>
        <source>cannot use the server address %1: %2</source>
        <translation>no se puede usar la dirección de servidor %1: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/database</source>
        <translation>escríbala como postgresql://usuario@host:puerto/base</translation>
    </message>
    <message>
        <source>a password never goes in the address; put it in ~/.pgpass (or PGPASSFILE, PGPASSWORD)</source>
        <translation>una contraseña nunca va en la dirección; póngala en ~/.pgpass (o PGPASSFILE, PGPASSWORD)</translation>
    </message>
    <message>
        <source>it names no database (…/dbname)</source>
        <translation>no nombra ninguna base de datos (…/base)</translation>
    </message>
    <message>
        <source>unknown option %1 (known: %2)</source>
        <translation>opción desconocida %1 (conocidas: %2)</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql</source>
        <translation>el controlador PostgreSQL de Qt (QPSQL) no está instalado: instale libqt6sql6-psql</translation>
    </message>
    <message>
        <source>the server at %1 refused the sign-in of %2: %3</source>
        <translation>el servidor en %1 rechazó el inicio de sesión de %2: %3</translation>
    </message>
    <message>
        <source>the server at %1 has no database %2 (%3)</source>
        <translation>el servidor en %1 no tiene la base de datos %2 (%3)</translation>
    </message>
    <message>
        <source>cannot reach the server at %1: %2</source>
        <translation>no se puede contactar con el servidor en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>not a Rebound database (it holds %n tables of another program)</source>
        <translation>
            <numerusform>no es una base de datos de Rebound (contiene %n tabla de otro programa)</numerusform>
            <numerusform>no es una base de datos de Rebound (contiene %n tablas de otro programa)</numerusform>
        </translation>
    </message>
    <message>
        <source>no Rebound database on the server yet (create it with: reboundctl server init %1 --site NAME)</source>
        <translation>todavía no hay una base de datos de Rebound en el servidor (créela con: reboundctl server init %1 --site NOMBRE)</translation>
    </message>
    <message>
        <source>a central server is backed up on the server, with pg_dump or its own backups; reboundctl backup copies a counter&apos;s own database file</source>
        <translation>un servidor central se respalda en el servidor, con pg_dump o sus propias copias; reboundctl backup copia el archivo de base de datos propio de un mostrador</translation>
    </message>
    <message>
        <source>an application role exists only on a central server</source>
        <translation>un rol de aplicación solo existe en un servidor central</translation>
    </message>
    <message>
        <source>--app-role: %1 is not a plain role name (a-z, 0-9, _)</source>
        <translation>--app-role: %1 no es un nombre de rol simple (a-z, 0-9, _)</translation>
    </message>
    <message>
        <source>granting %1 its rights failed: %2</source>
        <translation>no se pudieron conceder sus derechos a %1: %2</translation>
    </message>
    <message>
        <source>--site: %1 are not kept per site; export them without --site</source>
        <translation>--site: %1 no se guardan por sitio; expórtelos sin --site</translation>
    </message>
    <message>
        <source>--site: the %1 report counts every site; export it without --site</source>
        <translation>--site: el informe %1 cuenta todos los sitios; expórtelo sin --site</translation>
    </message>
    <message>
        <source>%1.offline_per_recovery: must not be above per_recovery</source>
        <translation>%1.offline_per_recovery: no puede superar per_recovery</translation>
    </message>
    <message>
        <source>%1.offline_per_day: must not be above per_day</source>
        <translation>%1.offline_per_day: no puede superar per_day</translation>
    </message>
    <message>
        <source>%1 is above your offline allowance of %2 per recovery (the server is away)</source>
        <translation>%1 supera su margen sin conexión de %2 por incidencia (el servidor no responde)</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>exportar</translation>
    </message>
    <message>
        <source>adding an employee</source>
        <translation>añadir un empleado</translation>
    </message>
    <message>
        <source>adding employees</source>
        <translation>añadir empleados</translation>
    </message>
    <message>
        <source>unlocking an employee</source>
        <translation>desbloquear a un empleado</translation>
    </message>
    <message>
        <source>activating or deactivating an employee</source>
        <translation>activar o desactivar a un empleado</translation>
    </message>
    <message>
        <source>resetting a PIN</source>
        <translation>restablecer un PIN</translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation>cambiar un rol</translation>
    </message>
    <message>
        <source>changing the playbook</source>
        <translation>cambiar el manual</translation>
    </message>
    <message>
        <source>changing spending limits</source>
        <translation>cambiar los límites de gasto</translation>
    </message>
    <message>
        <source>employee %1 is not on the server</source>
        <translation>el empleado %1 no está en el servidor</translation>
    </message>
    <message>
        <source>given while counter %1 was offline, approved there by a supervisor</source>
        <translation>concedido mientras el mostrador %1 estaba sin conexión, aprobado allí por un supervisor</translation>
    </message>
    <message>
        <source>given while counter %1 was offline</source>
        <translation>concedido mientras el mostrador %1 estaba sin conexión</translation>
    </message>
    <message>
        <source>gave %1 on %2, above the daily cap of %3: counters offline at the same time could not know</source>
        <translation>dio %1 el %2, por encima del tope diario de %3: los mostradores sin conexión a la vez no podían saberlo</translation>
    </message>
    <message>
        <source>offline: %1 is done at the server, and this counter works from its own copy until the server answers</source>
        <translation>sin conexión: %1 se hace en el servidor, y este mostrador trabaja con su propia copia hasta que el servidor responda</translation>
    </message>
    <message>
        <source>an offline copy is a file on the counter, not a server</source>
        <translation>una copia sin conexión es un archivo en el mostrador, no un servidor</translation>
    </message>
    <message>
        <source>%1 (%2) is not in this database yet</source>
        <translation>%1 (%2) aún no está en esta base de datos</translation>
    </message>
    <message>
        <source>reopening a follow-up</source>
        <translation>reabrir un seguimiento</translation>
    </message>
    <message>
        <source>adding a follow-up</source>
        <translation>añadir un seguimiento</translation>
    </message>
    <message>
        <source>changing the opening hours</source>
        <translation>cambiar el horario de apertura</translation>
    </message>
    <message numerus="yes">
        <source>%n recoveries or follow-ups recorded here while the server was away wait to be sent; another database now would leave them behind. Let them be sent first (reboundctl sync now, or wait for the status bar)</source>
        <translation>
            <numerusform>%n incidencia o seguimiento registrado aquí mientras el servidor no respondía espera su envío; otra base de datos ahora lo dejaría atrás. Deje que se envíe primero (reboundctl sync now, o espere a la barra de estado)</numerusform>
            <numerusform>%n incidencias o seguimientos registrados aquí mientras el servidor no respondía esperan su envío; otra base de datos ahora los dejaría atrás. Deje que se envíen primero (reboundctl sync now, o espere a la barra de estado)</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no offline copy at %1</source>
        <translation>no hay copia sin conexión en %1</translation>
    </message>
    <message>
        <source>%1 is not an offline copy of a server</source>
        <translation>%1 no es una copia sin conexión de un servidor</translation>
    </message>
    <message numerus="yes">
        <source>%n recoveries or follow-ups recorded here while the server was away wait to be sent; removing the copy would lose them. Let them be sent first (reboundctl sync now)</source>
        <translation>
            <numerusform>%n incidencia o seguimiento registrado aquí mientras el servidor no respondía espera su envío; eliminar la copia lo perdería. Deje que se envíe primero (reboundctl sync now)</numerusform>
            <numerusform>%n incidencias o seguimientos registrados aquí mientras el servidor no respondía esperan su envío; eliminar la copia los perdería. Deje que se envíen primero (reboundctl sync now)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <source>the follow-up&apos;s recovery %1 is not on the server</source>
        <translation>la incidencia %1 del seguimiento no está en el servidor</translation>
    </message>
    <message>
        <source>%1, satisfaction %2 of 5</source>
        <translation>%1, satisfacción %2 de 5</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no localizado</translation>
    </message>
    <message>
        <source>follow-up done at counter %1 while it was offline (%2), after it was done here: the customer may have been contacted twice</source>
        <translation>seguimiento hecho en el mostrador %1 mientras estaba sin conexión (%2), después de hacerse aquí: puede que se haya contactado dos veces al cliente</translation>
    </message>
    <message>
        <source>not a Rebound database (not an SQLite file)</source>
        <translation>no es una base de datos de Rebound (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>the file system cannot hold a write-ahead log (journal mode %1); keep the database on this computer&apos;s own disk</source>
        <translation>el sistema de archivos no admite un registro de escritura anticipada (modo de diario %1); guarde la base de datos en el disco propio de este equipo</translation>
    </message>
    <message>
        <source>another connection has it open</source>
        <translation>otra conexión la tiene abierta</translation>
    </message>
    <message>
        <source>the database file %1 was moved, replaced or deleted while it was open, and nothing more is written to it; its latest changes may still be in %1-wal: put the file back, and close every program using it before moving it</source>
        <translation>el archivo de base de datos %1 se movió, se reemplazó o se borró mientras estaba abierto, y ya no se escribe nada en él; sus últimos cambios pueden estar aún en %1-wal: vuelva a ponerlo en su sitio y cierre todo programa que lo use antes de moverlo</translation>
    </message>
    <message>
        <source>cannot open database %1: it is on a network file system (%2), whose locks SQLite cannot trust; keep the database on this computer&apos;s own disk, or share a central server</source>
        <translation>no se puede abrir la base de datos %1: está en un sistema de archivos de red (%2), cuyos bloqueos SQLite no puede garantizar; guarde la base de datos en el disco propio de este equipo o comparta un servidor central</translation>
    </message>
    <message>
        <source>cannot open database %1: it is not a regular file</source>
        <translation>no se puede abrir la base de datos %1: no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot open database %1: the file has %2 names (hard links), and each name would get a log of its own; keep one</source>
        <translation>no se puede abrir la base de datos %1: el archivo tiene %2 nombres (enlaces duros) y cada nombre tendría su propio registro; conserve uno</translation>
    </message>
    <message>
        <source>the write-ahead log %1-wal was deleted or replaced while the database was open, so what is written now would be lost; nothing more is written: close every Rebound and reboundctl on it, then open it again</source>
        <translation>el registro de escritura anticipada %1-wal se borró o se reemplazó mientras la base de datos estaba abierta, así que lo que se escriba ahora se perdería; ya no se escribe nada: cierre todo Rebound y reboundctl que la use y vuelva a abrirla</translation>
    </message>
    <message>
        <source>the offline copy %1 is open in another program (Rebound?); close it first</source>
        <translation>la copia sin conexión %1 está abierta en otro programa (¿Rebound?); ciérrelo primero</translation>
    </message>
    <message>
        <source>only a supervisor or a manager may export</source>
        <translation>solo un supervisor o un gerente puede exportar</translation>
    </message>
    <message>
        <source>only a supervisor or a manager may back up the database</source>
        <translation>solo un supervisor o un gerente puede hacer copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>voiding a gesture needs a supervisor&apos;s approval</source>
        <translation>anular un gesto necesita la aprobación de un supervisor</translation>
    </message>
    <message>
        <source>a supervisor other than who gave a gesture approves voiding it</source>
        <translation>un supervisor distinto de quien dio el gesto aprueba su anulación</translation>
    </message>
    <message>
        <source>only a manager may move a counter&apos;s history into the server</source>
        <translation>solo un gerente puede trasladar el historial de un mostrador al servidor</translation>
    </message>
    <message>
        <source>only a manager of the server may move a counter&apos;s history into it</source>
        <translation>solo un gerente del servidor puede trasladar a él el historial de un mostrador</translation>
    </message>
    <message>
        <source>%1 is locked out after %2 wrong PINs until a manager unlocks</source>
        <translation>%1 está bloqueado tras %2 PIN incorrectos hasta que un gerente lo desbloquee</translation>
    </message>
    <message>
        <source>%1&apos;s PIN is being checked on another counter; try again</source>
        <translation>el PIN de %1 se está comprobando en otro mostrador; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>wrong PIN; %1 is now locked out until a manager unlocks</source>
        <translation>PIN incorrecto; %1 queda bloqueado hasta que un gerente lo desbloquee</translation>
    </message>
    <message>
        <source>approval: %1 approved %2 for %3; the customer or the gestures changed since, so it must be approved again</source>
        <translation>aprobación: %1 aprobó %2 para %3; desde entonces cambió el cliente o los gestos, así que debe aprobarse de nuevo</translation>
    </message>
    <message>
        <source>gesture voided by %1: %2</source>
        <translation>gesto anulado por %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) in one day</source>
        <translation>
            <numerusform>%n PIN incorrecto en un día</numerusform>
            <numerusform>%n PIN incorrectos en un día</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN: must be 4 to %1 digits</source>
        <translation>PIN: debe tener de 4 a %1 dígitos</translation>
    </message>
    <message>
        <source>PIN: at least %1 digits for this role</source>
        <translation>PIN: al menos %1 dígitos para este rol</translation>
    </message>
    <message>
        <source>PIN: too easy to guess (a digit or a pattern repeated, a run up or down, or the employee&apos;s code); choose another</source>
        <translation>PIN: demasiado fácil de adivinar (un dígito o un patrón repetido, una serie ascendente o descendente, o el código del empleado); elija otro</translation>
    </message>
    <message>
        <source>%1 is more than the %2 left of your offline allowance at this counter (%3 a day in the whole business)</source>
        <translation>%1 es más de los %2 que quedan de su margen sin conexión en este mostrador (%3 al día en todo el negocio)</translation>
    </message>
    <message>
        <source>replacement: a gesture replaces a voided one; choose which</source>
        <translation>replacement: un gesto sustituye a uno anulado; elija cuál</translation>
    </message>
    <message>
        <source>breach at counter %1: %2 over the day&apos;s offline allowance</source>
        <translation>infracción en el mostrador %1: %2 por encima del margen sin conexión del día</translation>
    </message>
    <message>
        <source>breach at counter %1: %2 over their authority, with no approval from an active supervisor</source>
        <translation>infracción en el mostrador %1: %2 por encima de su autoridad, sin la aprobación de un supervisor activo</translation>
    </message>
    <message>
        <source>the offline copy of counter %1 failed its own check and sends nothing: %2</source>
        <translation>la copia sin conexión del mostrador %1 no pasó su propia comprobación y no envía nada: %2</translation>
    </message>
    <message>
        <source>the server has schema version %1, which this Rebound cannot migrate</source>
        <translation>el servidor tiene la versión de esquema %1, que este Rebound no puede migrar</translation>
    </message>
    <message>
        <source>the server has schema version %1 and must be migrated to %2 by its owner (reboundctl server init ADDRESS --site NAME --app-role ROLE, as the owner): %3</source>
        <translation>el servidor tiene la versión de esquema %1 y su propietario debe migrarlo a la %2 (reboundctl server init DIRECCIÓN --site NOMBRE --app-role ROL, como propietario): %3</translation>
    </message>
    <message>
        <source>this counter&apos;s offline copy failed its own check and sends nothing until a manager looks at it: %1</source>
        <translation>la copia sin conexión de este mostrador no pasó su propia comprobación y no envía nada hasta que un gerente la revise: %1</translation>
    </message>
</context>
<context>
    <name>DefaultPlaybook</name>
    <message>
        <source>Rebound default playbook</source>
        <translation>Guía de actuación predeterminada de Rebound</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Habitual</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Account credit</source>
        <translation>Abono en cuenta</translation>
    </message>
    <message>
        <source>Voucher for a next visit</source>
        <translation>Vale para la próxima visita</translation>
    </message>
    <message>
        <source>Personal gift</source>
        <translation>Obsequio personal</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mejora de categoría</translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation>Cargo anulado</translation>
    </message>
    <message>
        <source>A round of drinks for the table</source>
        <translation>Una ronda de bebidas para la mesa</translation>
    </message>
    <message>
        <source>Dessert on the house</source>
        <translation>Postre por cuenta de la casa</translation>
    </message>
    <message>
        <source>Breakfast on the house</source>
        <translation>Desayuno por cuenta de la casa</translation>
    </message>
    <message>
        <source>Late check-out</source>
        <translation>Salida tardía</translation>
    </message>
    <message>
        <source>Flowers or a small personal gift</source>
        <translation>Flores o un pequeño obsequio personal</translation>
    </message>
    <message>
        <source>A driver for the day</source>
        <translation>Un chófer durante todo el día</translation>
    </message>
    <message>
        <source>One month of service free</source>
        <translation>Un mes de servicio gratis</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry we charged you incorrectly. That should never happen, and I&apos;ll put it right with you now. I&apos;m {employee}, and I&apos;ll see this through.</source>
        <translation>{customer}, lamento mucho que le hayamos cobrado de forma incorrecta. Eso no debería ocurrir nunca, y voy a solucionarlo con usted ahora mismo. Soy {employee} y me encargaré de esto hasta el final.</translation>
    </message>
    <message>
        <source>Thank you for pointing this out, {customer}. You shouldn&apos;t have to check our bills for us; I&apos;m sorry. Let me correct it right away.</source>
        <translation>Gracias por avisarnos, {customer}. Usted no debería tener que revisar nuestras facturas por nosotros; lo siento. Permítame corregirlo de inmediato.</translation>
    </message>
    <message>
        <source>Find the charge or order in the billing system</source>
        <translation>Localizar el cargo o el pedido en el sistema de facturación</translation>
    </message>
    <message>
        <source>Reverse or correct the wrong amount</source>
        <translation>Anular o corregir el importe erróneo</translation>
    </message>
    <message>
        <source>Remove any fee that followed from the mistake</source>
        <translation>Eliminar cualquier cargo derivado del error</translation>
    </message>
    <message>
        <source>Confirm the correction to the customer in writing</source>
        <translation>Confirmar la corrección al cliente por escrito</translation>
    </message>
    <message>
        <source>Note what made the mistake possible</source>
        <translation>Anotar qué hizo posible el error</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>I&apos;m so sorry for the wait, {customer}. Your time matters, and we didn&apos;t respect it. I&apos;m {employee}, and I&apos;m taking care of this now.</source>
        <translation>Siento mucho la espera, {customer}. Su tiempo es importante y no lo hemos respetado. Soy {employee} y me ocupo de esto ahora mismo.</translation>
    </message>
    <message>
        <source>{customer}, thank you for your patience; you shouldn&apos;t have needed it. Let me make this right straight away.</source>
        <translation>{customer}, gracias por su paciencia; no debería haberla necesitado. Permítame solucionarlo de inmediato.</translation>
    </message>
    <message>
        <source>Find out where the order or service is stuck</source>
        <translation>Averiguar dónde está detenido el pedido o el servicio</translation>
    </message>
    <message>
        <source>Give the customer a realistic time and keep it</source>
        <translation>Dar al cliente un plazo realista y cumplirlo</translation>
    </message>
    <message>
        <source>Prioritise the order now</source>
        <translation>Dar prioridad al pedido ahora mismo</translation>
    </message>
    <message>
        <source>Tell the team what happened</source>
        <translation>Informar al equipo de lo ocurrido</translation>
    </message>
    <message>
        <source>Defect or outage</source>
        <translation>Defecto o interrupción del servicio</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry this isn&apos;t working as it should. You counted on it. I&apos;m {employee}; let&apos;s get you a working solution today.</source>
        <translation>{customer}, siento que esto no funcione como debería. Usted contaba con ello. Soy {employee}; vamos a encontrarle hoy mismo una solución que funcione.</translation>
    </message>
    <message>
        <source>We let you down with this, {customer}, and I apologise. Here is what I&apos;ll do right now.</source>
        <translation>Le hemos fallado con esto, {customer}, y le pido disculpas. Esto es lo que voy a hacer ahora mismo.</translation>
    </message>
    <message>
        <source>Confirm the defect or outage and its extent</source>
        <translation>Confirmar el defecto o la interrupción y su alcance</translation>
    </message>
    <message>
        <source>Replace, repair or restore service</source>
        <translation>Sustituir, reparar o restablecer el servicio</translation>
    </message>
    <message>
        <source>Offer a working alternative while the fix is under way</source>
        <translation>Ofrecer una alternativa que funcione mientras se soluciona</translation>
    </message>
    <message>
        <source>Report the defect to the team that owns it</source>
        <translation>Notificar el defecto al equipo responsable</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Promesa incumplida</translation>
    </message>
    <message>
        <source>{customer}, we promised you something and didn&apos;t deliver. I&apos;m truly sorry. I&apos;m {employee}, and I&apos;ll make sure you get what you were promised.</source>
        <translation>{customer}, le prometimos algo y no lo cumplimos. Lo siento de verdad. Soy {employee} y me aseguraré de que reciba lo que se le prometió.</translation>
    </message>
    <message>
        <source>I&apos;m sorry, {customer}. You planned around our word and we let you down. Let me fix that now.</source>
        <translation>Lo siento, {customer}. Usted hizo sus planes confiando en nuestra palabra y le fallamos. Permítame solucionarlo ahora.</translation>
    </message>
    <message>
        <source>Find out exactly what was promised</source>
        <translation>Averiguar exactamente qué se prometió</translation>
    </message>
    <message>
        <source>Deliver it now, or the closest thing available</source>
        <translation>Cumplirlo ahora o, si no es posible, ofrecer lo más parecido disponible</translation>
    </message>
    <message>
        <source>Keep the customer informed until it is done</source>
        <translation>Mantener informado al cliente hasta que esté resuelto</translation>
    </message>
    <message>
        <source>Hold the customer&apos;s belongings or time slot meanwhile</source>
        <translation>Guardar mientras tanto las pertenencias del cliente o reservar su turno</translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation>Trato del personal</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry for how you were spoken to. That is not how we treat our guests. I&apos;m {employee}, and I&apos;d like to make it right.</source>
        <translation>{customer}, siento mucho la forma en que se le habló. Así no es como tratamos a nuestros clientes. Soy {employee} y me gustaría arreglarlo.</translation>
    </message>
    <message>
        <source>Thank you for telling us, {customer}. You deserved courtesy and didn&apos;t get it; I apologise on behalf of all of us.</source>
        <translation>Gracias por decírnoslo, {customer}. Usted merecía un trato amable y no lo recibió; le pido disculpas en nombre de todo el equipo.</translation>
    </message>
    <message>
        <source>Listen to the whole story without interrupting</source>
        <translation>Escuchar toda la historia sin interrumpir</translation>
    </message>
    <message>
        <source>Resolve the original request</source>
        <translation>Resolver la solicitud original</translation>
    </message>
    <message>
        <source>Arrange a call from the manager within a day</source>
        <translation>Concertar una llamada del gerente en un plazo de 24 horas</translation>
    </message>
    <message>
        <source>Record what happened, without naming blame</source>
        <translation>Registrar lo ocurrido sin buscar culpables</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <source>{customer}, I&apos;m sorry; this should have been ready and working for you. I&apos;m {employee}, and I&apos;ll sort it out now.</source>
        <translation>{customer}, lo siento; esto debería haber estado listo y funcionando para usted. Soy {employee} y lo resolveré ahora mismo.</translation>
    </message>
    <message>
        <source>That&apos;s not the stay we wanted for you, {customer}. I apologise, and here&apos;s what I&apos;m going to do.</source>
        <translation>Esta no es la estancia que queríamos para usted, {customer}. Le pido disculpas, y esto es lo que voy a hacer.</translation>
    </message>
    <message>
        <source>Check the room, car or equipment in person</source>
        <translation>Revisar en persona la habitación, el vehículo o el equipo</translation>
    </message>
    <message>
        <source>Call maintenance or the outside company</source>
        <translation>Llamar a mantenimiento o a la empresa externa</translation>
    </message>
    <message>
        <source>Move the customer somewhere comfortable meanwhile</source>
        <translation>Acompañar mientras tanto al cliente a un lugar cómodo</translation>
    </message>
    <message>
        <source>Confirm the repair before the customer returns</source>
        <translation>Confirmar la reparación antes de que vuelva el cliente</translation>
    </message>
</context>
<context>
    <name>Deferred</name>
    <message>
        <source>The reports and printing module is missing:
%1</source>
        <translation>Falta el módulo de informes e impresión:
%1</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>debe ser «%1»</translation>
    </message>
    <message>
        <source>must be a list of 1 to %1 drills</source>
        <translation>debe ser una lista de 1 a %1 simulacros</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>«%1» se usa dos veces</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>must be a text, not empty</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>must be a list of at most 100 texts</source>
        <translation>debe ser una lista de 100 textos como máximo</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes, at most 64</source>
        <translation>solo letras minúsculas, dígitos y guiones, como máximo 64</translation>
    </message>
    <message>
        <source>customer or staff</source>
        <translation>customer o staff</translation>
    </message>
    <message>
        <source>a whole number of seconds from 10 to 3600</source>
        <translation>un número entero de segundos, de 10 a 3600</translation>
    </message>
    <message>
        <source>say the ideal path, one step a line</source>
        <translation>hay que indicar el camino ideal, un paso por línea</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>segmento desconocido «%1»</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>debe ser uno de: %1</translation>
    </message>
    <message>
        <source>must be an object with the customer&apos;s lines</source>
        <translation>debe ser un objeto con las frases del cliente</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>categoría desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>gravedad desconocida «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the playbook&apos;s catalog</source>
        <translation>«%1» no está en el catálogo de la guía</translation>
    </message>
    <message>
        <source>name at least one gesture that would delight</source>
        <translation>hay que indicar al menos un gesto que encante al cliente</translation>
    </message>
    <message>
        <source>must be a list of at most 20 events</source>
        <translation>debe ser una lista de 20 sucesos como máximo</translation>
    </message>
    <message>
        <source>one of situation, apology, fix, compensation, follow-up</source>
        <translation>debe ser uno de: situation, apology, fix, compensation, follow-up</translation>
    </message>
    <message>
        <source>one of interrupt, above-authority, blame</source>
        <translation>debe ser uno de: interrupt, above-authority, blame</translation>
    </message>
    <message>
        <source>not a drill file: %1</source>
        <translation>no es un archivo de simulacros: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation>[correo]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[teléfono]</translation>
    </message>
    <message>
        <source>Sam Taylor</source>
        <translation>Alex García</translation>
    </message>
    <message>
        <source>From recovery #%1</source>
        <translation>De la recuperación #%1</translation>
    </message>
    <message>
        <source>At our counter</source>
        <translation>En nuestro mostrador</translation>
    </message>
    <message>
        <source>(what the counter knows about them)</source>
        <translation>(lo que se sabe del cliente en el mostrador)</translation>
    </message>
    <message>
        <source>(what the customer says after the apology)</source>
        <translation>(lo que dice el cliente tras la disculpa)</translation>
    </message>
    <message>
        <source>(what the customer says once it is fixed)</source>
        <translation>(lo que dice el cliente una vez solucionado)</translation>
    </message>
    <message>
        <source>(what the customer says about the gesture)</source>
        <translation>(lo que dice el cliente sobre el gesto)</translation>
    </message>
    <message>
        <source>(the ideal path, one step a line)</source>
        <translation>(el camino ideal, un paso por línea)</translation>
    </message>
</context>
<context>
    <name>DrillCard</name>
    <message>
        <source>What went wrong:</source>
        <translation>Qué salió mal:</translation>
    </message>
    <message>
        <source>The customer:</source>
        <translation>El cliente:</translation>
    </message>
    <message>
        <source>They say</source>
        <translation>Lo que dice</translation>
    </message>
    <message>
        <source>A good recovery:</source>
        <translation>Una buena recuperación:</translation>
    </message>
    <message>
        <source>Practise it at the counter: Practice a drill (Ctrl+D). Target: %1 s.</source>
        <translation>Practicarlo en el mostrador: Practicar un simulacro (Ctrl+D). Objetivo: %1 s.</translation>
    </message>
</context>
<context>
    <name>DrillScore</name>
    <message>
        <source>No gesture was given: the customer was let down and deserved one (up to %1 here).</source>
        <translation>No se entregó ningún gesto: al cliente se le falló y merecía uno (aquí, hasta %1).</translation>
    </message>
    <message>
        <source>%1 is out of proportion for this situation.</source>
        <translation>%1 es desproporcionado para esta situación.</translation>
    </message>
    <message>
        <source>%1 in all is above the overreact notch of %2: generous, but more than the playbook&apos;s range.</source>
        <translation>%1 en total supera el tope para ir más allá, %2: generoso, pero más de lo que prevé la guía.</translation>
    </message>
    <message>
        <source>%1 in all: within the playbook&apos;s range (up to %2 with the overreact notch).</source>
        <translation>%1 en total: dentro del margen de la guía (hasta %2 para ir más allá).</translation>
    </message>
    <message>
        <source>No follow-up was booked.</source>
        <translation>No se programó ningún seguimiento.</translation>
    </message>
    <message>
        <source>Follow-up within 24 hours, by %1, as the customer prefers.</source>
        <translation>Seguimiento en menos de 24 horas y por el canal que prefiere el cliente (%1).</translation>
    </message>
    <message>
        <source>The follow-up is more than 24 hours away: call back within a day.</source>
        <translation>El seguimiento queda a más de 24 horas: volver a contactar en el plazo de un día.</translation>
    </message>
    <message>
        <source>The follow-up goes by %1; this customer prefers %2.</source>
        <translation>Canal del seguimiento: %1; este cliente prefiere: %2.</translation>
    </message>
    <message>
        <source>Done in %1 s, within the target of %2 s.</source>
        <translation>Hecho en %1 s, dentro del objetivo de %2 s.</translation>
    </message>
    <message>
        <source>%1 s against a target of %2 s: the customer is still waiting.</source>
        <translation>%1 s frente a un objetivo de %2 s: el cliente sigue esperando.</translation>
    </message>
    <message>
        <source>Apologised using the customer&apos;s name</source>
        <translation>Disculpa con el nombre del cliente</translation>
    </message>
    <message>
        <source>Apologised without blaming anyone</source>
        <translation>Disculpa sin culpar a nadie</translation>
    </message>
    <message>
        <source>Category right</source>
        <translation>Categoría correcta</translation>
    </message>
    <message>
        <source>Severity right</source>
        <translation>Gravedad correcta</translation>
    </message>
    <message>
        <source>Fixed before compensating</source>
        <translation>Solucionado antes de compensar</translation>
    </message>
    <message>
        <source>Gesture in the playbook&apos;s range, not excessive</source>
        <translation>Gesto dentro del margen de la guía, sin excesos</translation>
    </message>
    <message>
        <source>A personal touch from the customer&apos;s notes</source>
        <translation>Un toque personal a partir de las notas del cliente</translation>
    </message>
    <message>
        <source>Over-authority gestures approved properly</source>
        <translation>Gestos por encima del límite propio, debidamente aprobados</translation>
    </message>
    <message>
        <source>Follow-up within 24 h by the preferred channel</source>
        <translation>Seguimiento en menos de 24 h por el canal preferido</translation>
    </message>
    <message>
        <source>Time against the target</source>
        <translation>Tiempo frente al objetivo</translation>
    </message>
    <message>
        <source>The apology spoke to %1 by name.</source>
        <translation>La disculpa se dirigió a %1 por su nombre.</translation>
    </message>
    <message>
        <source>Say the customer&apos;s name: &quot;%1&quot;.</source>
        <translation>Decir el nombre del cliente: «%1».</translation>
    </message>
    <message>
        <source>The apology points at someone: apologise for the business, blame no one.</source>
        <translation>La disculpa señala a alguien: disculparse en nombre del negocio, sin culpar a nadie.</translation>
    </message>
    <message>
        <source>No blame on a colleague or the system.</source>
        <translation>Sin culpar a un compañero ni al sistema.</translation>
    </message>
    <message>
        <source>Expected: %1.</source>
        <translation>Se esperaba: %1.</translation>
    </message>
    <message>
        <source>The problem was fixed before anything was given.</source>
        <translation>El problema se solucionó antes de entregar nada.</translation>
    </message>
    <message>
        <source>Fix the problem first: a gift does not replace the fix.</source>
        <translation>Primero, solucionar el problema: un obsequio no sustituye a la solución.</translation>
    </message>
    <message>
        <source>It showed you read the notes: %1</source>
        <translation>Se notó que se habían leído las notas: %1</translation>
    </message>
    <message>
        <source>The notes said: %1 Use it.</source>
        <translation>Las notas decían: %1 Hay que aprovecharlo.</translation>
    </message>
    <message>
        <source>Within your own limit of %1: no approval needed.</source>
        <translation>Dentro de su propio límite de %1: no hace falta aprobación.</translation>
    </message>
    <message>
        <source>Above your limit of %1 and approved by %2.</source>
        <translation>Por encima de su límite de %1 y aprobado por %2.</translation>
    </message>
    <message>
        <source>Above your limit of %1: a supervisor must approve.</source>
        <translation>Por encima de su límite de %1: debe aprobarlo un supervisor.</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>apologized</source>
        <translation>disculpa ofrecida</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>solucionada</translation>
    </message>
    <message>
        <source>compensated</source>
        <translation>compensada</translation>
    </message>
    <message>
        <source>follow-up scheduled</source>
        <translation>seguimiento programado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
</context>
<context>
    <name>LineUpSheet</name>
    <message>
        <source>Line-up: recoveries to be proud of, week of %1</source>
        <translation>Reunión de equipo: incidencias de las que estar orgullosos, semana del %1</translation>
    </message>
    <message>
        <source>No story was approved in the last 30 days.</source>
        <translation>No se aprobó ninguna historia en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Recovery #%1 · %2 · thanks to %3</source>
        <translation>Incidencia n.º %1 · %2 · gracias a %3</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Qué hicimos</translation>
    </message>
    <message>
        <source>How the customer reacted</source>
        <translation>Cómo reaccionó el cliente</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Qué aprendimos</translation>
    </message>
    <message>
        <source>Ask the team: what would you have done? What can we change so it does not happen again?</source>
        <translation>Pregunte al equipo: ¿qué habríais hecho vosotros? ¿Qué podemos cambiar para que no vuelva a pasar?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Service-recovery assistant for the counter</source>
        <translation>Asistente para resolver incidencias de servicio en el mostrador</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Archivo de base de datos que se abrirá.</translation>
    </message>
    <message>
        <source>Open the demo database (created and filled once).</source>
        <translation>Abrir la base de datos de demostración (se crea y se rellena una sola vez).</translation>
    </message>
    <message>
        <source>Open the database, draw the first window, then quit (exit code 0).</source>
        <translation>Abrir la base de datos, dibujar la primera ventana y salir (código de salida 0).</translation>
    </message>
    <message>
        <source>Rebound could not open the database
%1

%2</source>
        <translation>Rebound no pudo abrir la base de datos
%1

%2</translation>
    </message>
    <message>
        <source>Rebound cannot open its database</source>
        <translation>Rebound no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>Load the reports and printing module, say whether it loaded, then quit.</source>
        <translation>Cargar el módulo de informes e impresión, decir si se cargó y salir.</translation>
    </message>
    <message>
        <source>%1: loaded</source>
        <translation>%1: cargado</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dentro de %1</translation>
    </message>
    <message>
        <source>1 earlier recovery</source>
        <translation>1 incidencia anterior</translation>
    </message>
    <message>
        <source>%1 earlier recoveries</source>
        <translation>%1 incidencias anteriores</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Blown away</source>
        <translation>Encantado</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfecho</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>No satisfecho</translation>
    </message>
</context>
<context>
    <name>rebound::ActionDialog</name>
    <message>
        <source>New prevention action</source>
        <translation>Nueva acción de prevención</translation>
    </message>
    <message>
        <source>What to change so this kind of failure stops: a process, a tool, a schedule, a training</source>
        <translation>Qué cambiar para que este tipo de fallo deje de ocurrir: un proceso, una herramienta, un horario, una formación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From story #%1.</source>
        <translation>De la historia n.º %1.</translation>
    </message>
    <message>
        <source>From recovery #%1.</source>
        <translation>De la incidencia n.º %1.</translation>
    </message>
    <message>
        <source>From a combustion point.</source>
        <translation>Desde un punto crítico.</translation>
    </message>
    <message>
        <source>The owner moves it on and closes it with what was done; the combustion-point report then shows the category&apos;s recoveries before and after.</source>
        <translation>El responsable la hace avanzar y la cierra con lo que se hizo; el informe de puntos críticos muestra luego las incidencias de la categoría antes y después.</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;What to change</source>
        <translation>&amp;Qué cambiar</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <source>O&amp;pen the action</source>
        <translation>A&amp;brir la acción</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>rebound::ApologyPage</name>
    <message>
        <source>&amp;Apology given</source>
        <translation>&amp;Disculpa ofrecida</translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <source>Own it: a sincere apology from you, now, without blaming anyone.</source>
        <translation>Asuma la responsabilidad: una disculpa sincera de su parte, ahora y sin culpar a nadie.</translation>
    </message>
    <message>
        <source>Suggested apologies</source>
        <translation>Disculpas sugeridas</translation>
    </message>
    <message>
        <source>What you said</source>
        <translation>Sus palabras</translation>
    </message>
    <message>
        <source>Apology given</source>
        <translation>Disculpa ofrecida</translation>
    </message>
    <message>
        <source>S&amp;uggested words (pick one, then say it in your own way)</source>
        <translation>Palabras s&amp;ugeridas (elija unas y dígalas a su manera)</translation>
    </message>
    <message>
        <source>What you &amp;said</source>
        <translation>Sus &amp;palabras</translation>
    </message>
</context>
<context>
    <name>rebound::ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Aprobación del supervisor</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; wants to give &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;%3.&lt;br&gt;&lt;br&gt;A supervisor or manager other than %1 enters their own code and PIN to approve it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; quiere ofrecer &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;%3.&lt;br&gt;&lt;br&gt;Para aprobarlo, un supervisor o gerente que no sea %1 debe introducir su propio código y PIN.</translation>
    </message>
    <message>
        <source>Approver&apos;s code</source>
        <translation>Código del aprobador</translation>
    </message>
    <message>
        <source>Approver&apos;s PIN</source>
        <translation>PIN del aprobador</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;code</source>
        <translation>&amp;Código del aprobador</translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;PIN</source>
        <translation>&amp;PIN del aprobador</translation>
    </message>
</context>
<context>
    <name>rebound::Ask</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>rebound::AuditLogModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>override</source>
        <translation>autorización</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Recovery total</source>
        <translation>Total de la incidencia</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>rebound::AuditLogView</name>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>&amp;Overrides only</source>
        <translation>Solo &amp;autorizaciones</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Verificar registro de auditoría</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>min. total</source>
        <translation>total mín.</translation>
    </message>
    <message>
        <source>Minimum recovery total</source>
        <translation>Total mínimo de la incidencia</translation>
    </message>
    <message>
        <source>Customer, voucher code, employee or recovery number</source>
        <translation>Cliente, código de vale, empleado o número de incidencia</translation>
    </message>
    <message>
        <source>Sorting by recovery total needs a filter that leaves at most %L1 entries.</source>
        <translation>Para ordenar por total de la incidencia, filtre hasta dejar como máximo %L1 entradas.</translation>
    </message>
    <message>
        <source>The recovery&apos;s full history</source>
        <translation>Historial completo de la incidencia</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;note as PDF…</source>
        <translation>&amp;Nota del cliente en PDF…</translation>
    </message>
    <message>
        <source>%L1 entries</source>
        <translation>%L1 entradas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#55615F&apos;&gt;Select an entry that belongs to a recovery to see its whole history here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#55615F&apos;&gt;Seleccione una entrada que pertenezca a una incidencia para ver aquí todo su historial.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The audit log has been tampered with:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;El registro de auditoría ha sido manipulado:&lt;/b&gt; %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The check could not finish:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;No se pudo completar la comprobación:&lt;/b&gt; %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Show the raw &amp;entries</source>
        <translation>Mostrar las &amp;entradas en bruto</translation>
    </message>
    <message>
        <source>C&amp;lose a day…</source>
        <translation>Ce&amp;rrar un día…</translation>
    </message>
    <message>
        <source>Closing &amp;slip as PDF…</source>
        <translation>&amp;Comprobante de cierre en PDF…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;The audit log is intact:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;El registro de auditoría está intacto:&lt;/b&gt; %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No day has been closed yet. A manager closes each business day: its totals go into the audit log and a signed receipt is kept outside the database.</source>
        <translation>Aún no se ha cerrado ningún día. Un gerente cierra cada día de trabajo: sus totales pasan al registro de auditoría y se guarda un recibo firmado fuera de la base de datos.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Everything up to now verifies.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Todo hasta ahora se verifica.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not verified since this view opened: use Verify.</source>
        <translation>Sin verificar desde que se abrió esta vista: use Verificar.</translation>
    </message>
    <message>
        <source>Close a day</source>
        <translation>Cerrar un día</translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation>&amp;Cerrar el día</translation>
    </message>
    <message>
        <source>The day&apos;s totals are recorded in the audit log and signed in a receipt kept beside the database. A day closes once.</source>
        <translation>Los totales del día se anotan en el registro de auditoría y se firman en un recibo guardado junto a la base de datos. Un día se cierra una sola vez.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>all %L1 entries are chained and unchanged, every table agrees with them, and the receipts kept outside the database match (%L2 checked).</source>
        <translation>las %L1 entradas están encadenadas y sin cambios, todas las tablas coinciden con ellas y los recibos guardados fuera de la base de datos coinciden (%L2 comprobados).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last closed day:&lt;/b&gt; %1 (audit entry %L2; entries since: %L3).</source>
        <translation>&lt;b&gt;Último día cerrado:&lt;/b&gt; %1 (entrada de auditoría %L2; entradas desde entonces: %L3).</translation>
    </message>
    <message>
        <source>%1 is closed. Recoveries: %2, given: %3, overrides: %4. Receipt: %5</source>
        <translation>El %1 está cerrado. Recuperaciones: %2, entregado: %3, autorizaciones: %4. Recibo: %5</translation>
    </message>
    <message>
        <source>Verified up to entry %L1; %L2 entries written since: use Verify again.</source>
        <translation>Verificado hasta la entrada %L1; %L2 entradas escritas desde entonces: verificar de nuevo.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
</context>
<context>
    <name>rebound::CompensationPage</name>
    <message>
        <source>Ask a su&amp;pervisor to approve…</source>
        <translation>Pedir la a&amp;probación de un supervisor…</translation>
    </message>
    <message>
        <source>Compensate</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <source>Make it personal, and when in doubt, overreact.</source>
        <translation>Hágalo personal y, ante la duda, vaya más allá.</translation>
    </message>
    <message>
        <source>Suggested gestures; Enter adds one</source>
        <translation>Gestos sugeridos; Intro añade uno</translation>
    </message>
    <message>
        <source>Another gesture from the catalog</source>
        <translation>Otro gesto del catálogo</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Añadi&amp;r</translation>
    </message>
    <message>
        <source>Gestures given; Delete removes one</source>
        <translation>Gestos ofrecidos; Supr elimina uno</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>Gesto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Past recoveries</source>
        <translation>Incidencias anteriores</translation>
    </message>
    <message>
        <source>&amp;Suggested (Enter adds)</source>
        <translation>Sugeri&amp;dos (Intro añade)</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Ofrecidos</translation>
    </message>
    <message>
        <source>About this customer</source>
        <translation>Sobre este cliente</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2 · %3 customer&lt;/b&gt; — suggested budget &lt;b&gt;%4&lt;/b&gt;, overreact &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 · %2 · cliente %3&lt;/b&gt; — presupuesto sugerido &lt;b&gt;%4&lt;/b&gt;, para ir más allá &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2   ▲ overreact</source>
        <translation>%1 — %2   ▲ ir más allá</translation>
    </message>
    <message>
        <source>The notch above the standard gesture: for when the failure hurt more than it looks.</source>
        <translation>Un paso por encima del gesto estándar: para cuando el fallo ha dolido más de lo que parece.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No notes yet for %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aún no hay notas sobre %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1 · %2 · gave %3</source>
        <translation>%1 · %2 · ofrecido: %3</translation>
    </message>
    <message>
        <source> · satisfaction %1/5</source>
        <translation> · satisfacción %1/5</translation>
    </message>
    <message>
        <source>First recovery for this customer.</source>
        <translation>Primera incidencia de este cliente.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>el importe debe ser mayor que cero</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#C62828&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#C62828&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>your limit %1 per recovery · %2 left today</source>
        <translation>su límite: %1 por incidencia · quedan %2 hoy</translation>
    </message>
    <message>
        <source>your limit %1 per recovery</source>
        <translation>su límite: %1 por incidencia</translation>
    </message>
    <message>
        <source>Within your authority.</source>
        <translation>Dentro de sus atribuciones.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Aprobado por %1.</translation>
    </message>
    <message>
        <source>%1: a supervisor approves it here with their own PIN.</source>
        <translation>%1: un supervisor lo aprueba aquí con su propio PIN.</translation>
    </message>
    <message>
        <source>%1. You may give up to %2 on your own, or more with a supervisor&apos;s approval; lower the amounts.</source>
        <translation>%1. Puede ofrecer hasta %2 por su cuenta, o más con la aprobación de un supervisor; reduzca los importes.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;Total &lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %2&lt;br&gt;&lt;span style=&apos;color:%3; font-weight:600&apos;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;Total &lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %2&lt;br&gt;&lt;span style=&apos;color:%3; font-weight:600&apos;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>· second failure: suggested as %1</source>
        <translation>· segundo fallo: se sugiere como %1</translation>
    </message>
</context>
<context>
    <name>rebound::CounterSync</name>
    <message numerus="yes">
        <source>Offline — %n recoveries waiting to be sent</source>
        <translation>
            <numerusform>Sin conexión — %n incidencia pendiente de envío</numerusform>
            <numerusform>Sin conexión — %n incidencias pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source> · server away since %1</source>
        <translation> · servidor sin respuesta desde las %1</translation>
    </message>
    <message>
        <source> · last error: %1</source>
        <translation> · último error: %1</translation>
    </message>
    <message>
        <source>Sending %1 of %2 recoveries…</source>
        <translation>Enviando %1 de %2 incidencias…</translation>
    </message>
    <message>
        <source>Offline copy not refreshed: %1</source>
        <translation>Copia sin conexión no actualizada: %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n follow-ups</source>
        <translation>
            <numerusform> y %n seguimiento</numerusform>
            <numerusform> y %n seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answers again and every recovery made here is on it: Rebound goes back to the server at the next sign-in</source>
        <translation>El servidor vuelve a responder y todas las incidencias registradas aquí ya están en él: Rebound vuelve al servidor en el próximo inicio de sesión</translation>
    </message>
</context>
<context>
    <name>rebound::ExportDialog</name>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;Todas las fechas</translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark (for spreadsheets that need one to read UTF-8)</source>
        <translation>Añadir una &amp;marca de orden de bytes (para hojas de cálculo que la necesitan para leer UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Recoveries (incidents)</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation>Compensaciones</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>La primera fecha es posterior a la última.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elija el archivo en el que escribir.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>%L1 rows written to %2.</source>
        <translation>Se escribieron %L1 filas en %2.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No se ha exportado: %1</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Return visits (each visit)</source>
        <translation>Visitas de vuelta (cada visita)</translation>
    </message>
    <message>
        <source>Prevention actions, with counts before and after</source>
        <translation>Acciones de prevención, con recuentos antes y después</translation>
    </message>
    <message>
        <source>Recognitions per employee</source>
        <translation>Reconocimientos por empleado</translation>
    </message>
    <message>
        <source>Return visits within 30 and 90 days</source>
        <translation>Vueltas en 30 y 90 días</translation>
    </message>
    <message>
        <source>Recovery economics by segment</source>
        <translation>Economía de las incidencias por segmento</translation>
    </message>
    <message>
        <source>Follow-up verdicts by category, segment, gesture, employee</source>
        <translation>Veredictos del seguimiento por categoría, segmento, gesto y empleado</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Sitio</translation>
    </message>
    <message>
        <source>Voids by employee, beside what each gave</source>
        <translation>Anulaciones por empleado, junto a lo que dio cada uno</translation>
    </message>
</context>
<context>
    <name>rebound::FirstRunPage</name>
    <message>
        <source>Welcome to Rebound</source>
        <translation>Le damos la bienvenida a Rebound</translation>
    </message>
    <message>
        <source>This database is new. Create the first manager: they set up the rest of the team and the playbook.</source>
        <translation>Esta base de datos es nueva. Cree el primer gerente, que configurará al resto del equipo y la guía de actuación.</translation>
    </message>
    <message>
        <source>Employee code</source>
        <translation>Código de empleado</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <source>&amp;Create manager</source>
        <translation>&amp;Crear gerente</translation>
    </message>
    <message>
        <source>Employee &amp;code</source>
        <translation>Código de &amp;empleado</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>&amp;Repetir PIN</translation>
    </message>
    <message>
        <source>The two PINs differ; type them again.</source>
        <translation>Los dos PIN no coinciden; vuelva a escribirlos.</translation>
    </message>
    <message>
        <source>&amp;PIN (at least %1 digits)</source>
        <translation>&amp;PIN (al menos %1 dígitos)</translation>
    </message>
</context>
<context>
    <name>rebound::FixPage</name>
    <message>
        <source>&amp;Resolved: the problem itself is fixed</source>
        <translation>&amp;Resuelto: el problema en sí está solucionado</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Put the problem right first; the gesture comes after.</source>
        <translation>Primero, solucione el problema; el gesto viene después.</translation>
    </message>
    <message>
        <source>Fix checklist</source>
        <translation>Lista de comprobación de la solución</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se ha hecho</translation>
    </message>
    <message>
        <source>How to prevent it</source>
        <translation>Cómo evitarlo</translation>
    </message>
    <message>
        <source>Root cause and how to stop it happening again (seen by managers; no names)</source>
        <translation>Causa raíz y cómo evitar que vuelva a ocurrir (la ven los gerentes; sin nombres)</translation>
    </message>
    <message>
        <source>C&amp;hecklist (Space ticks a step)</source>
        <translation>Lista de &amp;comprobación (Espacio marca un paso)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Prevention note</source>
        <translation>Nota de &amp;prevención</translation>
    </message>
    <message>
        <source>What was done, and what is still pending (printed on the customer&apos;s note)</source>
        <translation>Qué se hizo y qué queda pendiente (se imprime en la nota para el cliente)</translation>
    </message>
</context>
<context>
    <name>rebound::FollowUpDialog</name>
    <message>
        <source>&amp;Reached them</source>
        <translation>&amp;Lo localicé</translation>
    </message>
    <message>
        <source>&amp;Could not reach them</source>
        <translation>&amp;No lo localicé</translation>
    </message>
    <message>
        <source>Follow-up with %1</source>
        <translation>Seguimiento con %1</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5</source>
        <translation>Satisfacción %1 de 5</translation>
    </message>
    <message>
        <source>Satisfaction now (keys 1–5)</source>
        <translation>Satisfacción ahora (teclas 1–5)</translation>
    </message>
    <message>
        <source>Did we blow them away?</source>
        <translation>¿Le encantó?</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentar</translation>
    </message>
    <message>
        <source>In the customer&apos;s words, if they said something worth keeping</source>
        <translation>Con las palabras del cliente, si dijo algo que valga la pena guardar</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>C&amp;omentario</translation>
    </message>
</context>
<context>
    <name>rebound::FollowUpPage</name>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>A call or a note later shows the customer we meant it. Keys 1–5 record their satisfaction.</source>
        <translation>Una llamada o un mensaje más adelante demuestra al cliente que lo decíamos en serio. Las teclas 1–5 registran su satisfacción.</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>1 · very unhappy</source>
        <translation>1 · muy insatisfecho</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 · delighted</source>
        <translation>5 · encantado</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5</source>
        <translation>Satisfacción: %1 de 5</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Previsto para</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Not saved: %1. Everything you typed is still here; try again.</source>
        <translation>No se ha guardado: %1. Todo lo que escribió sigue aquí; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Satisfaction at the counter (optional)</source>
        <translation>Satisfacción en el mostrador (opcional)</translation>
    </message>
    <message>
        <source>&amp;One open day later</source>
        <translation>&amp;Un día hábil más tarde</translation>
    </message>
    <message>
        <source>The customer&apos;s note will say: %1.</source>
        <translation>La nota del cliente dirá: %1.</translation>
    </message>
    <message>
        <source>That is outside the opening hours.</source>
        <translation>Eso queda fuera del horario.</translation>
    </message>
    <message>
        <source>Waiting for the central server: %1. Everything you typed is kept, and the recovery is saved as soon as the server answers (trying every %2 seconds).</source>
        <translation>Esperando al servidor central: %1. Todo lo escrito se conserva y la recuperación se guarda en cuanto el servidor responda (se reintenta cada %2 segundos).</translation>
    </message>
</context>
<context>
    <name>rebound::FollowUpsTable</name>
    <message>
        <source>Due</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Hecho…</translation>
    </message>
    <message>
        <source>Mark the follow-up with %1 done</source>
        <translation>Marcar como hecho el seguimiento con %1</translation>
    </message>
</context>
<context>
    <name>rebound::HistoryText</name>
    <message>
        <source>&lt;h3&gt;Recovery #%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Recuperación n.º %1&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::HomePage</name>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Recovered in</source>
        <translation>Resuelta en</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <source>Supervisor &amp;workspace</source>
        <translation>Área de &amp;supervisión</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Lock  (Ctrl+L)</source>
        <translation>&amp;Bloquear  (Ctrl+L)</translation>
    </message>
    <message>
        <source>New recovery   Ctrl+N</source>
        <translation>Nueva incidencia   Ctrl+N</translation>
    </message>
    <message>
        <source>New recovery</source>
        <translation>Nueva incidencia</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>Búsqueda de clientes</translation>
    </message>
    <message>
        <source>Open recoveries</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <source>Follow-ups due today and overdue</source>
        <translation>Seguimientos de hoy y vencidos</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>en curso: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Discard it…</source>
        <translation>Descartarla…</translation>
    </message>
    <message>
        <source>Find a customer or a recovery: name, phone, email, room, #number, date</source>
        <translation>Buscar un cliente o una recuperación: nombre, teléfono, correo, habitación, #número, fecha</translation>
    </message>
    <message>
        <source>a customer not named yet</source>
        <translation>un cliente aún sin nombre</translation>
    </message>
    <message>
        <source>Continue the recovery for %1   Ctrl+N</source>
        <translation>Continuar la recuperación de %1   Ctrl+N</translation>
    </message>
    <message>
        <source>Continue the unfinished recovery</source>
        <translation>Continuar la recuperación sin terminar</translation>
    </message>
    <message>
        <source>Type two letters or digits of a name, phone, email or room to see a customer&apos;s notes and past recoveries; #12 or a date finds a recovery.</source>
        <translation>Escriba dos letras o cifras de un nombre, teléfono, correo o habitación para ver las notas y recuperaciones de un cliente; #12 o una fecha encuentran una recuperación.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>    #%1 · %2 · %3 · %4</source>
        <translation>    n.º %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4 · %5</source>
        <translation>n.º %1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Double-click or Enter: open recovery #%1</source>
        <translation>Doble clic o Intro: abrir la recuperación n.º %1</translation>
    </message>
    <message>
        <source>Unfinished, kept at %1: everything typed is still there.</source>
        <translation>Sin terminar, guardada a las %1: todo lo escrito sigue ahí.</translation>
    </message>
    <message>
        <source>Practice a &amp;drill   Ctrl+D</source>
        <translation>&amp;Practicar un simulacro   Ctrl+D</translation>
    </message>
    <message>
        <source>Rehearse a recovery in the real wizard, scored, without touching real data</source>
        <translation>Ensayar una recuperación en el asistente real, con puntuación y sin tocar datos reales</translation>
    </message>
    <message>
        <source>Customer is &amp;back</source>
        <translation>El cliente ha &amp;vuelto</translation>
    </message>
    <message>
        <source>The customer chosen above came back: one click records the visit, so the reports show whether recoveries win customers back</source>
        <translation>El cliente elegido arriba ha vuelto: un clic registra la visita, para que los informes muestren si las incidencias recuperan clientes</translation>
    </message>
    <message>
        <source>Recoveries to be proud of</source>
        <translation>Incidencias de las que estar orgullosos</translation>
    </message>
    <message>
        <source>%1 — %2
%3 (#%4)</source>
        <translation>%1 — %2
%3 (n.º %4)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Earlier this month</source>
        <translation>Antes en este mes</translation>
    </message>
    <message>
        <source>No story approved this month yet. Proud of a recovery? Open it and nominate it as a story.</source>
        <translation>Aún no hay historias aprobadas este mes. ¿Orgulloso de una incidencia? Ábrala y propóngala como historia.</translation>
    </message>
    <message>
        <source>Choose a customer in the search results first.</source>
        <translation>Elija antes un cliente en los resultados de la búsqueda.</translation>
    </message>
    <message>
        <source>Welcome back: the visit of %1 is recorded.</source>
        <translation>Bienvenido de nuevo: la visita de %1 está registrada.</translation>
    </message>
    <message>
        <source>Customer is back (Alt+B): record this visit</source>
        <translation>El cliente ha vuelto: registrar esta visita</translation>
    </message>
    <message>
        <source>Your prevention actions</source>
        <translation>Sus acciones de prevención</translation>
    </message>
    <message>
        <source>#%1 · %2, due %3: %4</source>
        <translation>n.º %1 · %2, para el %3: %4</translation>
    </message>
    <message>
        <source>Double-click or Enter: mark it started, or close it with what was done</source>
        <translation>Doble clic o Intro: marcarla como empezada, o cerrarla con lo que se hizo</translation>
    </message>
    <message>
        <source>Prevention action #%1</source>
        <translation>Acción de prevención n.º %1</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Empezada</translation>
    </message>
    <message>
        <source>&amp;Close with what was done…</source>
        <translation>&amp;Cerrar con lo que se hizo…</translation>
    </message>
    <message>
        <source>Close action #%1</source>
        <translation>Cerrar la acción n.º %1</translation>
    </message>
    <message>
        <source>What was done?</source>
        <translation>¿Qué se hizo?</translation>
    </message>
    <message>
        <source>Action #%1 started.</source>
        <translation>Acción n.º %1 empezada.</translation>
    </message>
    <message>
        <source>Action #%1 closed: %2</source>
        <translation>Acción n.º %1 cerrada: %2</translation>
    </message>
</context>
<context>
    <name>rebound::LoginPage</name>
    <message>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <source>Sign in to open a recovery.</source>
        <translation>Inicie sesión para abrir una incidencia.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&amp;nbsp;%3&amp;nbsp;&lt;/td&gt;&lt;td&gt;&amp;nbsp;PIN &lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&amp;nbsp;&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&amp;nbsp;%3&amp;nbsp;&lt;/td&gt;&lt;td&gt;&amp;nbsp;PIN &lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo database&lt;/b&gt; — sign in as any of these:&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;b&gt;Base de datos de demostración&lt;/b&gt;: inicie sesión como cualquiera de estas personas:&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation>Elija su nombre en la lista.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Escriba su PIN.</translation>
    </message>
</context>
<context>
    <name>rebound::MainWindow</name>
    <message>
        <source>Rebound — demo</source>
        <translation>Rebound — demostración</translation>
    </message>
    <message>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;New recovery</source>
        <translation>&amp;Nueva incidencia</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Discard the unfinished recovery?</source>
        <translation>¿Descartar la recuperación sin terminar?</translation>
    </message>
    <message>
        <source>What was typed for this recovery will be lost.</source>
        <translation>Se perderá lo escrito para esta recuperación.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
    <message>
        <source>Practice a &amp;drill</source>
        <translation>&amp;Practicar un simulacro</translation>
    </message>
    <message>
        <source>Central server: %1 · site %2 · counter %3</source>
        <translation>Servidor central: %1 · sitio %2 · mostrador %3</translation>
    </message>
    <message>
        <source>No offline copy to work on: %1</source>
        <translation>No hay copia sin conexión con la que trabajar: %1</translation>
    </message>
    <message>
        <source>Working offline; sign in again: %1</source>
        <translation>Trabajando sin conexión; inicie sesión de nuevo: %1</translation>
    </message>
    <message>
        <source>Still on the offline copy: %1</source>
        <translation>Todavía en la copia sin conexión: %1</translation>
    </message>
    <message>
        <source>Rebound must close</source>
        <translation>Rebound debe cerrarse</translation>
    </message>
    <message>
        <source>Rebound closes now: %1.

A recovery being typed is kept as a draft in %2.</source>
        <translation>Rebound se cierra ahora: %1.

La recuperación que se estaba escribiendo se guarda como borrador en %2.</translation>
    </message>
</context>
<context>
    <name>rebound::NotePrinter</name>
    <message>
        <source>Save the note as PDF</source>
        <translation>Guardar la nota como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The note was saved to %1.</source>
        <translation>La nota se guardó en %1.</translation>
    </message>
    <message>
        <source>The note was sent to the printer.</source>
        <translation>La nota se envió a la impresora.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>PRACTICE — NOT A REAL RECOVERY</source>
        <translation>PRÁCTICA — NO ES UNA RECUPERACIÓN REAL</translation>
    </message>
</context>
<context>
    <name>rebound::PlaybookEditor</name>
    <message>
        <source>&amp;Save the playbook</source>
        <translation>&amp;Guardar el manual</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount (empty: typed)</source>
        <translation>Importe (vacío: se escribe)</translation>
    </message>
    <message>
        <source>Cost (empty: the amount)</source>
        <translation>Coste (vacío: el importe)</translation>
    </message>
    <message>
        <source>Add a &amp;category</source>
        <translation>Añadir una &amp;categoría</translation>
    </message>
    <message>
        <source>Remo&amp;ve it</source>
        <translation>&amp;Quitarla</translation>
    </message>
    <message>
        <source>Gestures in the catalog</source>
        <translation>Gestos del catálogo</translation>
    </message>
    <message>
        <source>Only a manager may change the playbook.</source>
        <translation>Solo un gerente puede cambiar el manual.</translation>
    </message>
    <message>
        <source>One script a line; {customer} and {employee} are filled in</source>
        <translation>Un texto por línea; {customer} y {employee} se rellenan</translation>
    </message>
    <message>
        <source>One step a line</source>
        <translation>Un paso por línea</translation>
    </message>
    <message>
        <source>Hours after the recovery, the first the default: 4, 24</source>
        <translation>Horas tras la recuperación, la primera por defecto: 4, 24</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Apologies</source>
        <translation>&amp;Disculpas</translation>
    </message>
    <message>
        <source>&amp;Fix checklist</source>
        <translation>&amp;Lista de solución</translation>
    </message>
    <message>
        <source>Follow-up &amp;hours</source>
        <translation>&amp;Horas de seguimiento</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Nueva categoría %1</translation>
    </message>
    <message>
        <source>Saved: playbook version %1, in force from the next recovery.</source>
        <translation>Guardado: versión %1 del manual, vigente desde la próxima recuperación.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PlaybookView</name>
    <message>
        <source>&amp;Save limits</source>
        <translation>&amp;Guardar límites</translation>
    </message>
    <message>
        <source>&amp;Import playbook…</source>
        <translation>&amp;Importar guía de actuación…</translation>
    </message>
    <message>
        <source>E&amp;xport playbook…</source>
        <translation>E&amp;xportar guía de actuación…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Per recovery</source>
        <translation>Por incidencia</translation>
    </message>
    <message>
        <source>Per day (empty: no cap)</source>
        <translation>Por día (vacío: sin tope)</translation>
    </message>
    <message>
        <source>May approve up to</source>
        <translation>Puede aprobar hasta</translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation>Límites de gasto</translation>
    </message>
    <message>
        <source>Within these limits the front line acts at once; above them a supervisor approves on the spot. Every change makes a new playbook version and is audited.</source>
        <translation>Dentro de estos límites, el personal de primera línea actúa de inmediato; por encima de ellos, un supervisor aprueba en el momento. Cada cambio crea una nueva versión de la guía de actuación y queda registrado en la auditoría.</translation>
    </message>
    <message>
        <source>Only a manager may change the playbook and the limits.</source>
        <translation>Solo un gerente puede cambiar la guía de actuación y los límites.</translation>
    </message>
    <message>
        <source>Import playbook</source>
        <translation>Importar guía de actuación</translation>
    </message>
    <message>
        <source>Playbook (*.json)</source>
        <translation>Guía de actuación (*.json)</translation>
    </message>
    <message>
        <source>Export playbook</source>
        <translation>Exportar guía de actuación</translation>
    </message>
    <message>
        <source>&lt;b&gt;In force:&lt;/b&gt; “%1”, version %2 — %3 categories, %4 catalog items, %5 segments, currency %6.</source>
        <translation>&lt;b&gt;En vigor:&lt;/b&gt; “%1”, versión %2 — %3 categorías, %4 elementos del catálogo, %5 segmentos, moneda %6.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Not imported; the playbook in force is unchanged. %1: %2</source>
        <translation>No se ha importado; la guía de actuación en vigor no ha cambiado. %1: %2</translation>
    </message>
    <message>
        <source>Playbook version %1 is now in force.</source>
        <translation>La versión %1 de la guía de actuación ya está en vigor.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Playbook version %1 written to %2.</source>
        <translation>La versión %1 de la guía de actuación se ha guardado en %2.</translation>
    </message>
    <message>
        <source>per recovery</source>
        <translation>por incidencia</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>may approve up to</source>
        <translation>puede aprobar hasta</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Limits saved as playbook version %1; they apply to the next recovery.</source>
        <translation>Límites guardados como versión %1 de la guía de actuación; se aplicarán a partir de la próxima incidencia.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeCoach</name>
    <message>
        <source>PRACTICE&lt;br&gt;&lt;span style=&apos;font-size:9pt; font-weight:400&apos;&gt;nothing here is real&lt;/span&gt;</source>
        <translation>PRÁCTICA&lt;br&gt;&lt;span style=&apos;font-size:9pt; font-weight:400&apos;&gt;nada de esto es real&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; &lt;i&gt;“%2”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; &lt;i&gt;«%2»&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The customer interrupts</source>
        <translation>El cliente interrumpe</translation>
    </message>
    <message>
        <source>Above your authority</source>
        <translation>Por encima de sus atribuciones</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un compañero</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · prefers %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · prefiere: %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What went wrong:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué salió mal:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Drill target: %1 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Objetivo del simulacro: %1 s.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::PracticePicker</name>
    <message>
        <source>Practice a drill</source>
        <translation>Practicar un simulacro</translation>
    </message>
    <message>
        <source>last %1, best %2</source>
        <translation>última %1, mejor %2</translation>
    </message>
    <message>
        <source>not practised yet</source>
        <translation>aún sin practicar</translation>
    </message>
    <message>
        <source>The real wizard, against a practice copy of the playbook and limits: nothing you record here reaches real reports, exports or follow-ups. Your score is kept.</source>
        <translation>El asistente real, con una copia de práctica de la guía y los límites: nada de lo que se registre aquí llega a los informes, exportaciones ni seguimientos reales. La puntuación se guarda.</translation>
    </message>
    <message>
        <source>&amp;Start the drill</source>
        <translation>&amp;Empezar el simulacro</translation>
    </message>
    <message>
        <source>Drill of the &amp;day</source>
        <translation>Simulacro del &amp;día</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Target: %4 s.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Objetivo: %4 s.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeResultDialog</name>
    <message>
        <source>Practice result — %1</source>
        <translation>Resultado de la práctica — %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:28pt; font-weight:700; color:%1&apos;&gt;%2&lt;/span&gt;&lt;span style=&apos;font-size:14pt&apos;&gt; / 100&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:28pt; font-weight:700; color:%1&apos;&gt;%2&lt;/span&gt;&lt;span style=&apos;font-size:14pt&apos;&gt; / 100&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentar</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 s against a target of %2 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 s frente a un objetivo de %2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;What the customer did not say&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Lo que el cliente no dijo&lt;/h4&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The ideal path&lt;/h4&gt;&lt;ol&gt;</source>
        <translation>&lt;h4&gt;El camino ideal&lt;/h4&gt;&lt;ol&gt;</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeRun</name>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>The score could not be kept: %1</source>
        <translation>No se pudo guardar la puntuación: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PracticeView</name>
    <message>
        <source>Edit the drill, then add it to the library</source>
        <translation>Editar el simulacro y luego añadirlo a la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Add to the library</source>
        <translation>&amp;Añadir a la biblioteca</translation>
    </message>
    <message>
        <source>Names and contact details were replaced; read the text once more for anything else that could identify the customer.</source>
        <translation>Se han sustituido los nombres y los datos de contacto; conviene releer el texto por si queda algo más que permita identificar al cliente.</translation>
    </message>
    <message>
        <source>Drill &amp;card as PDF…</source>
        <translation>&amp;Ficha del simulacro en PDF…</translation>
    </message>
    <message>
        <source>Drill from a &amp;recovery…</source>
        <translation>Simulacro desde una &amp;recuperación…</translation>
    </message>
    <message>
        <source>Last score and days since each drill was practised; an empty cell was never practised.</source>
        <translation>Última puntuación y días desde que se practicó cada simulacro; una celda vacía indica que nunca se practicó.</translation>
    </message>
    <message>
        <source>Drill from a recovery</source>
        <translation>Simulacro desde una recuperación</translation>
    </message>
    <message>
        <source>Recovery number (closed):</source>
        <translation>Número de recuperación (cerrada):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 d</source>
        <translation>%1 · %2 d</translation>
    </message>
    <message>
        <source>last %1, best %2, played %3 times</source>
        <translation>última %1, mejor %2, practicado %3 veces</translation>
    </message>
    <message>
        <source>Everyone has practised in the last 30 days.</source>
        <translation>Todos han practicado en los últimos 30 días.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not practised in 30 days:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Sin practicar en 30 días:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No criterion missed yet.</source>
        <translation>Aún no se ha fallado ningún criterio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed most by the team:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lo que más falla el equipo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Added to the library: %1</source>
        <translation>Añadido a la biblioteca: %1</translation>
    </message>
</context>
<context>
    <name>rebound::PreventionView</name>
    <message>
        <source>Show &amp;done ones too</source>
        <translation>Mostrar también las &amp;hechas</translation>
    </message>
    <message>
        <source>Category to act on</source>
        <translation>Categoría sobre la que actuar</translation>
    </message>
    <message>
        <source>&amp;New action on it…</source>
        <translation>&amp;Nueva acción sobre ella…</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Empezada</translation>
    </message>
    <message>
        <source>&amp;Close with what was done…</source>
        <translation>&amp;Cerrar con lo que se hizo…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>Act on</source>
        <translation>Actuar sobre</translation>
    </message>
    <message>
        <source>%1 — flagged by the c-chart this week</source>
        <translation>%1 — señalada por el gráfico c esta semana</translation>
    </message>
    <message>
        <source>No category is flagged by the c-chart this week.</source>
        <translation>El gráfico c no señala ninguna categoría esta semana.</translation>
    </message>
    <message>
        <source>Combustion points this week (beyond 3σ of their last 12 weeks, or 8 weeks in a row above their mean): %1.</source>
        <translation>Puntos críticos esta semana (más de 3σ sobre sus últimas 12 semanas, u 8 semanas seguidas por encima de su media): %1.</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n.º %2</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Hecha el %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>No prevention action is open.</source>
        <translation>No hay ninguna acción de prevención abierta.</translation>
    </message>
    <message>
        <source>%L1 actions open.</source>
        <translation>%L1 acciones abiertas.</translation>
    </message>
    <message>
        <source>Choose an action first.</source>
        <translation>Elija antes una acción.</translation>
    </message>
    <message>
        <source>Close action #%1</source>
        <translation>Cerrar la acción n.º %1</translation>
    </message>
    <message>
        <source>What was done? (%1)</source>
        <translation>¿Qué se hizo? (%1)</translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryDialog</name>
    <message>
        <source>Recovery #%1</source>
        <translation>Recuperación n.º %1</translation>
    </message>
    <message>
        <source>&amp;Reprint the customer&apos;s note…</source>
        <translation>&amp;Reimprimir la nota del cliente…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orregir…</translation>
    </message>
    <message>
        <source>Another follow-up</source>
        <translation>Otro seguimiento</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Añadir seguimiento</translation>
    </message>
    <message>
        <source>Correct the recovery (kept beside it, with your reason)</source>
        <translation>Corregir la recuperación (se guarda aparte, con su motivo)</translation>
    </message>
    <message>
        <source>Why: a wrong category, a typo, a gesture typed twice…</source>
        <translation>Por qué: categoría equivocada, una errata, un gesto escrito dos veces…</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Guardar corrección</translation>
    </message>
    <message>
        <source>Category, severity</source>
        <translation>Categoría, gravedad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>No such recovery.</source>
        <translation>No existe esa recuperación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2, %3 · opened %4 · given %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2, %3 · abierta %4 · entregado %5 · %6</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation> (retirado)</translation>
    </message>
    <message>
        <source>Follow-up added for %1.</source>
        <translation>Seguimiento añadido para el %1.</translation>
    </message>
    <message>
        <source>Corrected; the amendment and its reason are in the story above.</source>
        <translation>Corregida; la enmienda y su motivo están en la historia de arriba.</translation>
    </message>
    <message>
        <source>Nominate as a s&amp;tory…</source>
        <translation>Proponer como &amp;historia…</translation>
    </message>
    <message>
        <source>A recovery to be proud of: told in four parts, approved by a supervisor, it goes on the board and recognises everyone who worked it</source>
        <translation>Una incidencia de la que estar orgullosos: contada en cuatro partes y aprobada por un supervisor, va al tablón y reconoce a todos los que la atendieron</translation>
    </message>
    <message>
        <source>&amp;Prevention action…</source>
        <translation>Acción de &amp;prevención…</translation>
    </message>
    <message>
        <source>Change what caused this failure, with an owner and a due date</source>
        <translation>Cambiar lo que causó este fallo, con un responsable y una fecha límite</translation>
    </message>
    <message>
        <source>Story nominated: a supervisor reads it next.</source>
        <translation>Historia propuesta: ahora la lee un supervisor.</translation>
    </message>
    <message>
        <source>Prevention action opened; supervisors follow it on the Prevention tab.</source>
        <translation>Acción de prevención abierta; los supervisores la siguen en la pestaña Prevención.</translation>
    </message>
    <message>
        <source>Story #%1 nominated</source>
        <translation>Historia n.º %1 propuesta</translation>
    </message>
    <message>
        <source>Tick a gesture to void</source>
        <translation>Marque un gesto para anularlo</translation>
    </message>
    <message numerus="yes">
        <source>Voiding %n gesture(s) of this recovery.&lt;br&gt;Reason: %1&lt;br&gt;&lt;br&gt;A supervisor or manager who did not give them enters their own code and PIN to approve it. A voided gesture still counts towards its giver&apos;s day.</source>
        <translation>
            <numerusform>Se anula %n gesto de esta incidencia.&lt;br&gt;Motivo: %1&lt;br&gt;&lt;br&gt;Un supervisor o gerente que no lo dio introduce su propio código y PIN para aprobarlo. Un gesto anulado sigue contando en el día de quien lo dio.</numerusform>
            <numerusform>Se anulan %n gestos de esta incidencia.&lt;br&gt;Motivo: %1&lt;br&gt;&lt;br&gt;Un supervisor o gerente que no los dio introduce su propio código y PIN para aprobarlo. Un gesto anulado sigue contando en el día de quien lo dio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Replacement amount</source>
        <translation>Importe de sustitución</translation>
    </message>
    <message>
        <source>Replace &amp;with</source>
        <translation>&amp;Sustituir por</translation>
    </message>
    <message>
        <source>Replacement amount: %1</source>
        <translation>Importe de sustitución: %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Empty: the item&apos;s price</source>
        <translation>Vacío: el precio del artículo</translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryNote</name>
    <message>
        <source>Our apologies</source>
        <translation>Le pedimos disculpas</translation>
    </message>
    <message>
        <source>For %1 · %2 · reference R-%3</source>
        <translation>Para %1 · %2 · referencia R-%3</translation>
    </message>
    <message>
        <source>We are sorry</source>
        <translation>Lo sentimos</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Lo que hemos hecho</translation>
    </message>
    <message>
        <source>The problem has been put right.</source>
        <translation>El problema se ha solucionado.</translation>
    </message>
    <message>
        <source>We are still working on it.</source>
        <translation>Seguimos trabajando en ello.</translation>
    </message>
    <message>
        <source>With our compliments</source>
        <translation>Cortesía de la casa</translation>
    </message>
    <message>
        <source>voucher code %1</source>
        <translation>código de vale %1</translation>
    </message>
    <message>
        <source>We will be in touch</source>
        <translation>Nos pondremos en contacto con usted</translation>
    </message>
    <message>
        <source>%1 is your contact for anything more.</source>
        <translation>%1 es su persona de contacto para cualquier otra cosa.</translation>
    </message>
    <message>
        <source>Questions? %1</source>
        <translation>¿Alguna pregunta? %1</translation>
    </message>
    <message>
        <source>Thank you for giving us the chance to make this right.</source>
        <translation>Gracias por darnos la oportunidad de solucionarlo.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>%1 will contact you by %2 %3.</source>
        <translation>%1 se pondrá en contacto con usted por %2 %3.</translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryPage</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <source>Prevention note</source>
        <translation>Nota de prevención</translation>
    </message>
    <message>
        <source>Fix notes</source>
        <translation>Notas de la solución</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>rebound::RecoveryWizard</name>
    <message>
        <source>New recovery</source>
        <translation>Nueva incidencia</translation>
    </message>
    <message>
        <source>&amp;Save recovery</source>
        <translation>&amp;Guardar incidencia</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Apologize</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Compensate</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Time so far: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Tiempo transcurrido: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target for %1: %2</source>
        <translation>Objetivo para incidencia %1: %2</translation>
    </message>
    <message>
        <source>Discard this recovery?</source>
        <translation>¿Descartar esta recuperación?</translation>
    </message>
    <message>
        <source>What you typed for this recovery will be lost.</source>
        <translation>Se perderá lo que escribió para esta recuperación.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Seguir trabajando</translation>
    </message>
    <message>
        <source>PRACTICE — New recovery</source>
        <translation>PRÁCTICA — Nueva recuperación</translation>
    </message>
</context>
<context>
    <name>rebound::ReportsView</name>
    <message>
        <source>Combustion points</source>
        <translation>Puntos críticos</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Found by staff first</source>
        <translation>Detectadas antes por el personal</translation>
    </message>
    <message>
        <source>by employee</source>
        <translation>por empleado</translation>
    </message>
    <message>
        <source>by category</source>
        <translation>por categoría</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Recoveries per category, week by week (weeks start on Monday)</source>
        <translation>Incidencias por categoría, semana a semana (las semanas empiezan el lunes)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Given and what it cost, %1</source>
        <translation>Ofrecido y su coste, %1</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <source>Cost to the business</source>
        <translation>Coste para el negocio</translation>
    </message>
    <message>
        <source>Who / what / when</source>
        <translation>Quién / qué / cuándo</translation>
    </message>
    <message>
        <source>Recoveries</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Total given in the period: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Total ofrecido en el periodo: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Minutes from opening to the scheduled follow-up</source>
        <translation>Minutos desde la apertura hasta el seguimiento programado</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Mediana (min)</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>Percentil 90 (min)</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>Objetivo (min)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dentro del objetivo</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>How satisfied customers left, per category</source>
        <translation>Grado de satisfacción final de los clientes, por categoría</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <source>Who noticed first</source>
        <translation>Quién se dio cuenta primero</translation>
    </message>
    <message>
        <source>Staff, before a complaint</source>
        <translation>El personal, antes de una queja</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Found by staff</source>
        <translation>Detectadas por el personal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Found by staff before the customer complained: &lt;b&gt;%1&lt;/b&gt; of all recoveries in the period.</source>
        <translation>Detectadas por el personal antes de que el cliente se quejara: &lt;b&gt;%1&lt;/b&gt; de todas las incidencias del periodo.</translation>
    </message>
    <message>
        <source>Time to the counter&apos;s part done</source>
        <translation>Tiempo hasta completar la parte del mostrador</translation>
    </message>
    <message>
        <source>Satisfaction at the counter</source>
        <translation>Satisfacción en el mostrador</translation>
    </message>
    <message>
        <source>After the follow-up</source>
        <translation>Tras el seguimiento</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Localizados</translation>
    </message>
    <message>
        <source>Tries not reached</source>
        <translation>Intentos sin localizar</translation>
    </message>
    <message>
        <source>Satisfaction then</source>
        <translation>Satisfacción entonces</translation>
    </message>
    <message>
        <source>No follow-up was done in the period.</source>
        <translation>No se hizo ningún seguimiento en el periodo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blown away:&lt;/b&gt; %1 of %2 customers reached (%3).</source>
        <translation>&lt;b&gt;Encantados:&lt;/b&gt; %1 de %2 clientes localizados (%3).</translation>
    </message>
    <message>
        <source>Categories, most first (Pareto)</source>
        <translation>Categorías, de más a menos (Pareto)</translation>
    </message>
    <message>
        <source>Signal (beyond 3σ, or 8 weeks above the mean)</source>
        <translation>Señal (más allá de 3σ, u 8 semanas sobre la media)</translation>
    </message>
    <message>
        <source>beyond 3σ (limit %1)</source>
        <translation>más allá de 3σ (límite %1)</translation>
    </message>
    <message>
        <source>8 weeks in a row above the mean</source>
        <translation>8 semanas seguidas sobre la media</translation>
    </message>
    <message>
        <source>%1 ▲ %2</source>
        <translation>%1 ▲ %2</translation>
    </message>
    <message>
        <source>not judged: less than 12 weeks of history</source>
        <translation>sin juzgar: menos de 12 semanas de historial</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mean of the 12 weeks before</source>
        <translation>Media de las 12 semanas anteriores</translation>
    </message>
    <message>
        <source>Limit (3σ)</source>
        <translation>Límite (3σ)</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Not judged yet: each week is set against the 12 weeks before it, so combustion points show once 12 weeks of history are recorded.</source>
        <translation>Aún sin juzgar: cada semana se compara con las 12 anteriores, así que los puntos críticos aparecen cuando hay 12 semanas de historial.</translation>
    </message>
    <message>
        <source>No category signals this week: every count is within its c-chart&apos;s limit.</source>
        <translation>Ninguna categoría da señal esta semana: cada recuento está dentro del límite de su gráfico c.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Combustion points this week:&lt;/b&gt; %1. Each week is set against the mean of the 12 weeks before it; a count beyond 3σ (√mean) or 8 weeks in a row above the mean is a signal, not noise.</source>
        <translation>&lt;b&gt;Puntos críticos esta semana:&lt;/b&gt; %1. Cada semana se compara con la media de las 12 anteriores; un recuento más allá de 3σ (√media) u 8 semanas seguidas sobre la media es una señal, no ruido.</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Proporción acumulada</translation>
    </message>
    <message>
        <source>Recoveries per category, most first, and the cumulative share</source>
        <translation>Recuperaciones por categoría, de más a menos, y la proporción acumulada</translation>
    </message>
    <message>
        <source>No recoveries in this period.</source>
        <translation>No hay recuperaciones en este periodo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vital few:&lt;/b&gt; %1 — about 80 % of the recoveries in the period.</source>
        <translation>&lt;b&gt;Las pocas vitales:&lt;/b&gt; %1 — alrededor del 80 % de las recuperaciones del periodo.</translation>
    </message>
    <message>
        <source>by segment</source>
        <translation>por segmento</translation>
    </message>
    <message>
        <source>by gesture</source>
        <translation>por gesto</translation>
    </message>
    <message>
        <source>What the follow-ups heard, %1</source>
        <translation>Lo que oyeron los seguimientos, %1</translation>
    </message>
    <message>
        <source>Blown away</source>
        <translation>Encantado</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfecho</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>No satisfecho</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Sin veredicto</translation>
    </message>
    <message>
        <source>All recovered</source>
        <translation>Todos recuperados</translation>
    </message>
    <message>
        <source>Never let down</source>
        <translation>Sin fallos</translation>
    </message>
    <message>
        <source>Did they come back?</source>
        <translation>¿Volvieron?</translation>
    </message>
    <message>
        <source>Recovery economics</source>
        <translation>Economía de las incidencias</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>Prevention: 4 weeks before → after</source>
        <translation>Prevención: 4 semanas antes → después</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prevention actions&lt;/b&gt; (recoveries in the 4 weeks before → after): %1</source>
        <translation>&lt;b&gt;Acciones de prevención&lt;/b&gt; (incidencias en las 4 semanas antes → después): %1</translation>
    </message>
    <message>
        <source>#%1 done %2: %3 → %4 in %5 days</source>
        <translation>n.º %1 hecha el %2: %3 → %4 en %5 días</translation>
    </message>
    <message>
        <source>#%1 %2: %3 before</source>
        <translation>n.º %1 %2: %3 antes</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Customers back within 30 and 90 days (%)</source>
        <translation>Clientes que vuelven en 30 y 90 días (%)</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>en 30 días</translation>
    </message>
    <message>
        <source>within 90 days</source>
        <translation>en 90 días</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>Back within 30 days</source>
        <translation>Vuelven en 30 días</translation>
    </message>
    <message>
        <source>Back within 90 days</source>
        <translation>Vuelven en 90 días</translation>
    </message>
    <message>
        <source>Each customer once, from their first recovery in the range, by what the follow-up heard; a visit marked “Customer is back”, or another recovery at least 12 hours later, is a return. Customers never let down count from their first recorded visit. A share counts only customers whose 30 or 90 days are over.</source>
        <translation>Cada cliente una vez, desde su primera incidencia del periodo, según lo que oyó el seguimiento; una visita marcada «El cliente ha vuelto», u otra incidencia al menos 12 horas después, es una vuelta. Los clientes sin ningún fallo cuentan desde su primera visita registrada. Un porcentaje solo cuenta a los clientes cuyos 30 o 90 días ya han pasado.</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>What recoveries cost the business, per segment (%1)</source>
        <translation>Lo que cuestan las incidencias al negocio, por segmento (%1)</translation>
    </message>
    <message>
        <source>per recovery</source>
        <translation>por incidencia</translation>
    </message>
    <message>
        <source>per customer who came back</source>
        <translation>por cliente que volvió</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Per recovery</source>
        <translation>Por incidencia</translation>
    </message>
    <message>
        <source>Back in 90 days</source>
        <translation>Vuelven en 90 días</translation>
    </message>
    <message>
        <source>Per returning customer</source>
        <translation>Por cliente que vuelve</translation>
    </message>
    <message>
        <source>Average lifetime value</source>
        <translation>Valor medio del cliente</translation>
    </message>
    <message>
        <source>Cost / value</source>
        <translation>Coste / valor</translation>
    </message>
    <message>
        <source>To recover, p50 / p90</source>
        <translation>Recuperar, p50 / p90</translation>
    </message>
    <message>
        <source>Amounts in %1. Given is the gestures&apos; face value; cost is what they cost the business, per recovery and per customer back within 90 days. Lifetime value is what a customer had spent when first recorded, where known; cost / value sets the cost per customer against it. Time to recover runs from the moment of failure to the counter&apos;s part done.</source>
        <translation>Importes en %1. Entregado es el valor nominal de los gestos; coste es lo que le cuestan al negocio, por incidencia y por cliente que vuelve en 90 días. El valor del cliente es lo que había gastado al registrarse, si se sabe; coste / valor compara con él el coste por cliente. El tiempo de recuperación va del momento del fallo a la parte del mostrador completada.</translation>
    </message>
    <message>
        <source>%1 of %2 recognised</source>
        <translation>%1 de %2 reconocidos</translation>
    </message>
    <message>
        <source>Approved stories naming each employee</source>
        <translation>Historias aprobadas que nombran a cada empleado</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Recoveries opened</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <source>Stories nominated</source>
        <translation>Historias propuestas</translation>
    </message>
    <message>
        <source>Everyone who opened a recovery in the range is recognised in a story.</source>
        <translation>Todos los que abrieron una incidencia en el periodo están reconocidos en una historia.</translation>
    </message>
    <message>
        <source>Opened recoveries but not yet recognised: %1. A story of theirs may be waiting to be told.</source>
        <translation>Abrieron incidencias pero aún no tienen reconocimiento: %1. Quizá una historia suya espera a ser contada.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>Sites side by side</source>
        <translation>Sitios lado a lado</translation>
    </message>
    <message>
        <source>Recoveries in the last %1 weeks (▲ signals this week)</source>
        <translation>Incidencias en las últimas %1 semanas (▲ señala esta semana)</translation>
    </message>
    <message>
        <source>Given, %1</source>
        <translation>Ofrecido, %1</translation>
    </message>
    <message>
        <source>Median minutes from opening to the scheduled follow-up</source>
        <translation>Mediana de minutos desde la apertura hasta el seguimiento programado</translation>
    </message>
    <message>
        <source>Average satisfaction at the counter (1–5)</source>
        <translation>Satisfacción media en el mostrador (1–5)</translation>
    </message>
    <message>
        <source>Share found by staff first (%)</source>
        <translation>Parte detectada antes por el personal (%)</translation>
    </message>
    <message>
        <source>Share blown away of the customers reached (%), %1</source>
        <translation>Parte de clientes encantados entre los contactados (%), %1</translation>
    </message>
    <message>
        <source>Recoveries per category</source>
        <translation>Incidencias por categoría</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sites side by side:&lt;/b&gt; %1. Each site counts the recoveries opened there, with their gestures and follow-ups; “—” where a site has none.</source>
        <translation>&lt;b&gt;Sitios lado a lado:&lt;/b&gt; %1. Cada sitio cuenta las incidencias abiertas allí, con sus gestos y seguimientos; «—» donde un sitio no tiene ninguna.</translation>
    </message>
</context>
<context>
    <name>rebound::ReviewQueueView</name>
    <message>
        <source>Review recoveries that give at least</source>
        <translation>Revisar las incidencias que ofrezcan al menos</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed…</source>
        <translation>&amp;Marcar como revisado…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Review every recovery that gives at least</source>
        <translation>Revisar toda incidencia que ofrezca al menos</translation>
    </message>
    <message>
        <source>Recovery #%1 </source>
        <translation>Incidencia n.º %1 </translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semana del %1</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>No hay nada pendiente de revisión.</translation>
    </message>
    <message>
        <source>%L1 items wait for review.</source>
        <translation>%L1 elementos pendientes de revisión.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Elija primero un elemento.</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>What did you find? (%1)</source>
        <translation>¿Qué ha encontrado? (%1)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>Recovery #%1 (%2) </source>
        <translation>Incidencia n.º %1 (%2) </translation>
    </message>
</context>
<context>
    <name>rebound::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Printed at the top of the customer&apos;s note</source>
        <translation>Se imprime en la parte superior de la nota del cliente</translation>
    </message>
    <message>
        <source>Who the customer may call, e.g. “Front desk, +1 555 0100”</source>
        <translation>A quién puede llamar el cliente, p. ej., “Recepción, +1 555 0100”</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 · amounts in %2, e.g. %3 · dates like %4</source>
        <translation>%1 · importes en %2, p. ej., %3 · fechas como %4</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nombre del negocio</translation>
    </message>
    <message>
        <source>&amp;Contact on notes</source>
        <translation>&amp;Contacto en las notas</translation>
    </message>
    <message>
        <source>&amp;Lock the counter after</source>
        <translation>&amp;Bloquear el mostrador tras</translation>
    </message>
    <message>
        <source>&amp;Database (next start)</source>
        <translation>Base de &amp;datos (próximo inicio)</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Se muestra como</translation>
    </message>
    <message>
        <source>Only a manager may change these settings.</source>
        <translation>Solo un gerente puede cambiar esta configuración.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>La carpeta de %1 no existe.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>La&amp;nguage (next start)</source>
        <translation>&amp;Idioma (próximo inicio)</translation>
    </message>
    <message>
        <source>There is no database at %1; create it first with reboundctl init.</source>
        <translation>No hay ninguna base de datos en %1; créela primero con reboundctl init.</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Each day once: “mon 09:00-18:00”, … “sun closed”. Follow-ups are set inside them.</source>
        <translation>Cada día una vez: «mon 09:00-18:00», … «sun closed». Los seguimientos se fijan dentro de este horario.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>S&amp;ite of this counter</source>
        <translation>S&amp;itio de este mostrador</translation>
    </message>
    <message>
        <source>Counter &amp;name</source>
        <translation>&amp;Nombre del mostrador</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>Servidor central</translation>
    </message>
    <message>
        <source>The password is never typed here: it goes in ~/.pgpass.</source>
        <translation>La contraseña nunca se escribe aquí: va en ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected: a Rebound database, schema %1.</source>
        <translation>Conectado: una base de datos de Rebound, esquema %1.</translation>
    </message>
    <message>
        <source>Recoveries, follow-ups and audit entries made here carry this site and counter.</source>
        <translation>Las recuperaciones, los seguimientos y las entradas de auditoría hechos aquí llevan este sitio y este mostrador.</translation>
    </message>
</context>
<context>
    <name>rebound::SituationPage</name>
    <message>
        <source>New customer &amp;instead</source>
        <translation>Cliente &amp;nuevo en su lugar</translation>
    </message>
    <message>
        <source>The c&amp;ustomer told us</source>
        <translation>Nos lo &amp;dijo el cliente</translation>
    </message>
    <message>
        <source>We n&amp;oticed first</source>
        <translation>Lo detectamos n&amp;osotros antes</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué ocurrió?</translation>
    </message>
    <message>
        <source>Find the customer, say what went wrong and how much it matters to them.</source>
        <translation>Busque al cliente e indique qué salió mal y cuánto le importa.</translation>
    </message>
    <message>
        <source>Type a name, phone, email or room to find a returning customer</source>
        <translation>Escriba un nombre, teléfono, correo electrónico o habitación para encontrar a un cliente recurrente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Room or account</source>
        <translation>Habitación o cuenta</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>What makes a gesture personal: favourite drink, anniversary, a dog…</source>
        <translation>Lo que hace personal un gesto: bebida favorita, aniversario, un perro…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>In the customer&apos;s words. No blame: what went wrong, not who. (Ctrl+Enter: next)</source>
        <translation>Con las palabras del cliente. Sin culpas: qué salió mal, no quién. (Ctrl+Intro: siguiente)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Gra&amp;vedad</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>P&amp;hone / email</source>
        <translation>&amp;Teléfono / correo</translation>
    </message>
    <message>
        <source>&amp;Room / account</source>
        <translation>&amp;Habitación / cuenta</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>Se&amp;gmento</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>&amp;Preferencias</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Qué ocurrió</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategoría</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Detectado por</translation>
    </message>
    <message>
        <source>%1 (target %2 min)</source>
        <translation>%1 (objetivo %2 min)</translation>
    </message>
    <message>
        <source>Returning customer, no earlier recoveries.</source>
        <translation>Cliente recurrente, sin incidencias anteriores.</translation>
    </message>
    <message>
        <source>Returning customer: %1.</source>
        <translation>Cliente recurrente: %1.</translation>
    </message>
    <message>
        <source>Second failure: let down on %1 too (%2, recovery #%3). What to give is suggested one severity notch up.</source>
        <translation>Segundo fallo: ya le fallamos el %1 (%2, recuperación n.º %3). Lo que se sugiere dar sube un nivel de gravedad.</translation>
    </message>
    <message>
        <source>Spent with us so far</source>
        <translation>Gastado con nosotros hasta ahora</translation>
    </message>
    <message>
        <source>if known, from the till or the booking system</source>
        <translation>si se sabe, de la caja o del sistema de reservas</translation>
    </message>
    <message>
        <source>What this customer has spent with the business: the economics report weighs what recoveries cost against it</source>
        <translation>Lo que este cliente ha gastado en el negocio: el informe de economía compara con ello lo que cuestan las incidencias</translation>
    </message>
    <message>
        <source>Spent with us so &amp;far</source>
        <translation>Gastado con nosotros &amp;hasta ahora</translation>
    </message>
</context>
<context>
    <name>rebound::StaffView</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Only a manager may change the team.</source>
        <translation>Solo un gerente puede cambiar el equipo.</translation>
    </message>
    <message>
        <source>Selected employee</source>
        <translation>Empleado seleccionado</translation>
    </message>
    <message>
        <source>C&amp;hange role</source>
        <translation>Cam&amp;biar rol</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>PIN nuevo otra vez</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;Restablecer PIN</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>New PIN, twice</source>
        <translation>PIN nuevo, dos veces</translation>
    </message>
    <message>
        <source>Add an employee</source>
        <translation>Añadir un empleado</translation>
    </message>
    <message>
        <source>What they type or pick to sign in, e.g. A7</source>
        <translation>Lo que escribe o elige para entrar, p. ej. A7</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN otra vez</translation>
    </message>
    <message>
        <source>&amp;Add employee</source>
        <translation>&amp;Añadir empleado</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>Có&amp;digo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Locked out until %1</source>
        <translation>Bloqueado hasta las %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) in a row</source>
        <translation>
            <numerusform>%n PIN incorrecto seguido</numerusform>
            <numerusform>%n PIN incorrectos seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation>Nadie seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activar</translation>
    </message>
    <message>
        <source>The two PINs differ; type them again.</source>
        <translation>Los dos PIN no coinciden; escríbalos de nuevo.</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 ya puede entrar.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 es ahora: %2.</translation>
    </message>
    <message>
        <source>%1&apos;s PIN is reset; tell them the new one in person.</source>
        <translation>El PIN de %1 está restablecido; comuníquele el nuevo en persona.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a entrar.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede entrar.</translation>
    </message>
    <message>
        <source>Locked out until a manager unlocks</source>
        <translation>Bloqueado hasta que un gerente lo desbloquee</translation>
    </message>
    <message>
        <source>%1 · PIN older than the rule for this role (%2 digits): give a new one</source>
        <translation>%1 · PIN anterior a la regla de este rol (%2 dígitos): asigne uno nuevo</translation>
    </message>
    <message>
        <source>&amp;PIN, twice (%1 digits, %2 for a supervisor or a manager)</source>
        <translation>&amp;PIN, dos veces (%1 dígitos, %2 para un supervisor o gerente)</translation>
    </message>
</context>
<context>
    <name>rebound::StoriesView</name>
    <message>
        <source>Declined by %1</source>
        <translation>Rechazada por %1</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>Esperando a un supervisor</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>All stories</source>
        <translation>Todas las historias</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <source>Prevention &amp;action…</source>
        <translation>&amp;Acción de prevención…</translation>
    </message>
    <message>
        <source>Open a prevention action on what this story teaches</source>
        <translation>Abrir una acción de prevención sobre lo que enseña esta historia</translation>
    </message>
    <message>
        <source>&amp;Line-up sheet as PDF…</source>
        <translation>&amp;Hoja de la reunión en PDF…</translation>
    </message>
    <message>
        <source>Two approved stories of the week, recognising different people, for the team briefing</source>
        <translation>Dos historias aprobadas de la semana, que reconocen a personas distintas, para la reunión del equipo</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Recognises</source>
        <translation>Reconoce a</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Propuesta por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>No story here yet. Anyone nominates one from a recovery: open it from the main screen and choose “Nominate as a story”.</source>
        <translation>Aún no hay ninguna historia. Cualquiera puede proponer una desde una incidencia: ábrala desde la pantalla principal y elija «Proponer como historia».</translation>
    </message>
    <message>
        <source>%L1 stories.</source>
        <translation>%L1 historias.</translation>
    </message>
    <message>
        <source>Choose a story first.</source>
        <translation>Elija antes una historia.</translation>
    </message>
    <message>
        <source>Prevention action opened; it is on the Prevention tab.</source>
        <translation>Acción de prevención abierta; está en la pestaña Prevención.</translation>
    </message>
    <message>
        <source>The line-up could not be read.</source>
        <translation>No se pudo leer la reunión de equipo.</translation>
    </message>
    <message>
        <source>Line-up</source>
        <translation>Reunión de equipo</translation>
    </message>
    <message>
        <source>Line-up sheet written to %1.</source>
        <translation>Hoja de la reunión escrita en %1.</translation>
    </message>
    <message>
        <source>line-up.pdf</source>
        <translation>reunion-de-equipo.pdf</translation>
    </message>
</context>
<context>
    <name>rebound::StoryDialog</name>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>What went wrong for the customer</source>
        <translation>Qué le salió mal al cliente</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Qué hicimos</translation>
    </message>
    <message>
        <source>The apology, the fix, what was given, anything beyond the rules</source>
        <translation>La disculpa, la solución, lo que se dio, lo que fue más allá de las reglas</translation>
    </message>
    <message>
        <source>How the customer reacted</source>
        <translation>Cómo reaccionó el cliente</translation>
    </message>
    <message>
        <source>What they said or did: at the counter, at the follow-up, afterwards</source>
        <translation>Lo que dijo o hizo: en el mostrador, en el seguimiento, después</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Qué aprendimos</translation>
    </message>
    <message>
        <source>What others can copy, and what could stop it happening again</source>
        <translation>Lo que otros pueden imitar, y lo que evitaría que vuelva a pasar</translation>
    </message>
    <message>
        <source>Why it is declined (the nominating employee reads it)</source>
        <translation>Por qué se rechaza (lo lee quien la propuso)</translation>
    </message>
    <message>
        <source>Nominate recovery #%1 as a story</source>
        <translation>Proponer la incidencia n.º %1 como historia</translation>
    </message>
    <message>
        <source>A recovery worth telling: say it in four parts, in your own words. A supervisor reads it; once approved it goes on the board and recognises everyone who worked the recovery.</source>
        <translation>Una incidencia que merece contarse: dígala en cuatro partes, con sus palabras. La lee un supervisor; una vez aprobada va al tablón y reconoce a todos los que atendieron la incidencia.</translation>
    </message>
    <message>
        <source>Story #%1</source>
        <translation>Historia n.º %1</translation>
    </message>
    <message>
        <source>Recovery #%1 · %2 · %3. Nominated by %4 on %5. It recognises %6.</source>
        <translation>Incidencia n.º %1 · %2 · %3. Propuesta por %4 el %5. Reconoce a %6.</translation>
    </message>
    <message>
        <source>Declined by %1: %2</source>
        <translation>Rechazada por %1: %2</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Qué &amp;ocurrió</translation>
    </message>
    <message>
        <source>What we &amp;did</source>
        <translation>Qué &amp;hicimos</translation>
    </message>
    <message>
        <source>How the customer &amp;reacted</source>
        <translation>Cómo &amp;reaccionó el cliente</translation>
    </message>
    <message>
        <source>What we &amp;learned</source>
        <translation>Qué &amp;aprendimos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Save the edits</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>D&amp;ecline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Decline &amp;because</source>
        <translation>Rechazar &amp;porque</translation>
    </message>
    <message>
        <source>&amp;Nominate</source>
        <translation>&amp;Proponer</translation>
    </message>
</context>
<context>
    <name>rebound::SummaryPage</name>
    <message>
        <source>Recovery saved</source>
        <translation>Incidencia guardada</translation>
    </message>
    <message>
        <source>Summary of the recovery</source>
        <translation>Resumen de la incidencia</translation>
    </message>
    <message>
        <source>&amp;Print the customer&apos;s note…</source>
        <translation>&amp;Imprimir la nota del cliente…</translation>
    </message>
    <message>
        <source>Recovery #%1, recovered in %2.</source>
        <translation>Incidencia n.º %1, resuelta en %2.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2, %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2, %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What happened:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué ocurrió:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Apology:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Disculpa:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(the playbook&apos;s words)</source>
        <translation>(las palabras de la guía de actuación)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Solución:&lt;/b&gt; %1&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>not yet resolved</source>
        <translation>aún sin resolver</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gestures:&lt;/b&gt; none&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gestos:&lt;/b&gt; ninguno&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gestures:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gestos:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 — %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 — %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;p&gt;Total &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;Total &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation>, aprobado por %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Voucher code(s) for the customer:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Código(s) de vale para el cliente:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; %1 by %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Seguimiento:&lt;/b&gt; %1, por %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satisfaction:&lt;/b&gt; %1 / 5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Satisfacción:&lt;/b&gt; %1 / 5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#55615F&apos;&gt;Recorded by %1 at %2 under playbook “%3”.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#55615F&apos;&gt;Registrado por %1 el %2 con la guía de actuación “%3”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the customer&apos;s note as PD&amp;F…</source>
        <translation>Guardar la nota del cliente como PD&amp;F…</translation>
    </message>
    <message>
        <source>Saved on this counter while the server is away; it is sent as soon as the server answers.</source>
        <translation>Guardada en este mostrador mientras el servidor no responde; se envía en cuanto el servidor responda.</translation>
    </message>
</context>
<context>
    <name>rebound::SupervisorWorkspace</name>
    <message>
        <source>Supervisor workspace</source>
        <translation>Área de supervisión</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Back to the &amp;counter</source>
        <translation>&amp;Volver al mostrador</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>Cola de &amp;revisión</translation>
    </message>
    <message>
        <source>Every follow-up due today or overdue, whoever owns it.</source>
        <translation>Todos los seguimientos de hoy o vencidos, sea quien sea el responsable.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Seguimientos</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Play&amp;book and limits</source>
        <translation>&amp;Guía de actuación y límites</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>Categories and &amp;gestures</source>
        <translation>Categorías y &amp;gestos</translation>
    </message>
    <message>
        <source>Prac&amp;tice</source>
        <translation>Prác&amp;tica</translation>
    </message>
    <message>
        <source>St&amp;ories</source>
        <translation>&amp;Historias</translation>
    </message>
    <message>
        <source>Pre&amp;vention</source>
        <translation>Pre&amp;vención</translation>
    </message>
</context>
</TS>
